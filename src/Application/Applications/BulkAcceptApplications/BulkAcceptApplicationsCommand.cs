using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.BulkAcceptApplications;

/// <summary>
/// 批量受理: the caseworker accepts several submitted applications of the queue at once. Each is
/// accepted in its own transaction through <see cref="AcceptApplication.AcceptApplicationCommand"/>, with
/// its checks and audit; a refusal of one (already accepted, transferred, outside the queue) is
/// reported for that one and does not stop the rest. Deliberately not transactional, so that no
/// transaction spans the batch and each acceptance commits through its own unit of work.
/// </summary>
[Authorize(Role.Caseworker)]
public sealed record BulkAcceptApplicationsCommand(IReadOnlyList<Guid> Ids) : ICommand<BulkAcceptResult>;

public sealed record BulkAcceptResult(IReadOnlyList<BulkAcceptOutcome> Results, int Accepted, int Refused);

public sealed record BulkAcceptOutcome(Guid Id, string? TrackingNumber, bool Accepted, string? Code, string? Detail, Guid? Version);
