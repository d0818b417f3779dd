using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications.SubmitApplication;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Monitoring;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Applications.FileForHousehold;

internal sealed class FileForHouseholdCommandHandler(IApplicationDbContext db, ApplicationIntake intake, ICatalog catalog, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<FileForHouseholdCommand, SubmittedApplicationDto>
{
    public async Task<SubmittedApplicationDto> Handle(FileForHouseholdCommand request, CancellationToken cancellationToken)
    {
        var household = await db.Households.AsNoTracking().EditableBy(user).Include(h => h.Members)
            .FirstOrDefaultAsync(h => h.Id == request.HouseholdId, cancellationToken) ?? throw new NotFoundException();
        var member = request.Member < household.Members.Count
            ? household.Members.OrderBy(m => m.Relation == "head" ? 0 : 1).ThenBy(m => m.Id).ElementAt(request.Member)
            : throw new ValidationException("member", Text.Pick("这户没有这位成员。", "The household has no such member."));

        var item = (await catalog.GetAsync(cancellationToken)).FindItem(request.ItemCode) ?? throw new NotFoundException();
        var input = new MemberApplication(
            request.ItemCode, RegionCode.Parse(household.RegionCode), new ApplicantInput(member.Name, member.IdNumber, request.Phone), Prefilled(item, household, request.Answers), request.Description);
        var application = await intake.FileAsync(input, FilingChannel.Official, residentId: null, user.ToActor(), clock.GetUtcNow().UtcDateTime, cancellationToken);
        return SubmittedApplicationDto.From(application);
    }

    /// <summary>What the register knows, under the item's own question keys; the official's answers override it.</summary>
    private static JsonElement Prefilled(ServiceItem item, Household household, JsonElement? given)
    {
        var known = new Dictionary<string, JsonNode?>
        {
            ["householdSize"] = household.Members.Count,
            ["annualIncomePerPerson"] = household.PerCapitaIncome,
        };
        var answers = new JsonObject();
        foreach (var field in item.Fields.Where(f => known.ContainsKey(f.Key)))
        {
            answers[field.Key] = known[field.Key]!.DeepClone();
        }

        if (given is { ValueKind: JsonValueKind.Object } body)
        {
            foreach (var property in body.EnumerateObject())
            {
                answers[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }
        }

        return JsonSerializer.SerializeToElement(answers);
    }

    /// <summary>What the official files: the member as the applicant, the register's answers filled in.</summary>
    private sealed record MemberApplication(ItemCode ItemCode, RegionCode RegionCode, ApplicantInput Applicant, JsonElement? Answers, string Description)
        : IApplicationInput;
}
