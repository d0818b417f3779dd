using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.GetApplicationDetails;

[Authorize(Role.Resident, Role.Caseworker, Role.Supervisor)]
public sealed record GetApplicationDetailsQuery(Guid Id) : IQuery<ApplicationDetailsDto>;
