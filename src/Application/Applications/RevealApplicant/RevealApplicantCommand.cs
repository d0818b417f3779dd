using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RevealApplicant;

/// <summary>
/// Shows the applicant's full ID number, phone number and hardship description on purpose, and
/// records who saw them and why. A command, not a query: without its audit record nothing is shown.
/// </summary>
[Authorize(Role.Resident, Role.Caseworker, Role.Supervisor)]
public sealed record RevealApplicantCommand(Guid Id, string? Reason) : ICommand<RevealedApplicantDto>;

public sealed record RevealedApplicantDto(string Name, string IdNumber, string Phone, string Description);

internal sealed class RevealApplicantCommandHandler(IApplicationDbContext db, ICurrentUser user, IAuditTrail audit)
    : IRequestHandler<RevealApplicantCommand, RevealedApplicantDto>
{
    public const string AuditAction = "personal-data.revealed";

    public async Task<RevealedApplicantDto> Handle(RevealApplicantCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().VisibleTo(user)
            .Where(a => a.Id == request.Id)
            .Select(a => new { a.ApplicantName, a.ApplicantIdNumber, a.ApplicantPhone, a.Description })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();

        audit.Record(new AuditEntry(
            AuditAction, AuditObjects.Application, request.Id.ToString(),
            Detail: string.IsNullOrWhiteSpace(request.Reason) ? "id number, phone, description" : $"id number, phone, description; reason: {request.Reason.Trim()}"));
        return new RevealedApplicantDto(application.ApplicantName, application.ApplicantIdNumber, application.ApplicantPhone, application.Description);
    }
}
