using MediatR;
using ReliefPlatform.Application.Applications.SubmitApplication;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.FileOnBehalf;

internal sealed class FileOnBehalfCommandHandler(ApplicationIntake intake, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<FileOnBehalfCommand, SubmittedApplicationDto>
{
    public async Task<SubmittedApplicationDto> Handle(FileOnBehalfCommand request, CancellationToken cancellationToken)
    {
        // No resident account owns it: the official is recorded as the filer (FiledByStaffId) with the channel.
        var application = await intake.FileAsync(
            request, Enum.Parse<FilingChannel>(request.Channel), residentId: null, user.ToActor(), clock.GetUtcNow().UtcDateTime, cancellationToken);
        return SubmittedApplicationDto.From(application);
    }
}
