using System.Reflection;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Architecture.Tests.Support;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Architecture.Tests.Application;

public class AuthorizationTests
{
    private const string ApplicationsNamespace = "ReliefPlatform.Application.Applications";

    [Fact]
    public void ApplicationsRequests_WhenDeclared_CarryAnAuthorizeAttribute()
    {
        var requests = ApplicationTypes.Requests
            .Where(t => t.Namespace is { } ns && (ns == ApplicationsNamespace || ns.StartsWith(ApplicationsNamespace + ".", StringComparison.Ordinal)));

        var offenders = requests
            .Where(t => !t.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any())
            .Select(t => t.Describe());

        ArchAssert.NoViolations($"Applications hold personal data: every request under {ApplicationsNamespace} needs [Authorize].", offenders);
    }

    [Fact]
    public void AuthorizeAttributes_WhenRolesAreNamed_NameRolesSomeoneSignsInAs()
    {
        var offenders =
            from request in ApplicationTypes.Requests
            from attribute in request.GetCustomAttributes<AuthorizeAttribute>(inherit: true)
            from role in attribute.Roles
            where !Enum.IsDefined(role) || role == Role.System
            select $"{request.Describe()}: role \"{role}\" is held by no token";

        ArchAssert.NoViolations("[Authorize(...)] must name roles a caller signs in as: System has no token, and a cast number would lock everyone out.", offenders);
    }
}
