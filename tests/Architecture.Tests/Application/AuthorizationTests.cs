using System.Reflection;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Architecture.Tests.Support;

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
    public void AuthorizeAttributes_WhenRolesAreNamed_NameKnownRoles()
    {
        var known = typeof(Roles).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

        var offenders =
            from request in ApplicationTypes.Requests
            from attribute in request.GetCustomAttributes<AuthorizeAttribute>(inherit: true)
            from role in attribute.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            where !known.Contains(role)
            select $"{request.Describe()}: unknown role \"{role}\"";

        ArchAssert.NoViolations("[Authorize(Roles = ...)] must name roles from Common.Security.Roles (a typo would lock everyone out).", offenders);
    }
}
