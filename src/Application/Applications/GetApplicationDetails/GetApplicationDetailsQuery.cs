using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.GetApplicationDetails;

[Authorize(Roles = $"{Roles.Resident},{Roles.Caseworker},{Roles.Supervisor}")]
public sealed record GetApplicationDetailsQuery(Guid Id) : IQuery<ApplicationDetailsDto>;
