using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RequestInformation;

internal sealed class RequestInformationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, ICatalog catalog)
    : ApplicationActionHandler<RequestInformationCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, RequestInformationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(application.ItemCode);
        var documents = item?.Documents ?? [];
        var keys = request.MissingDocuments ?? [];
        if (keys.FirstOrDefault(k => documents.All(d => d.Key != k)) is { } unknown)
        {
            throw new ValidationException("missingDocuments", Text.Pick(
                $"“{unknown}”不是该事项的材料，可选：{string.Join("、", documents.Select(d => d.Key))}。",
                $"\"{unknown}\" is not a document of this item; choose from {string.Join(", ", documents.Select(d => d.Key))}."));
        }

        // In the item's own order, whatever order the caseworker ticked them in.
        application.RequestInformation(actor, nowUtc, request.Reason, [.. documents.Where(d => keys.Contains(d.Key))]);
    }
}
