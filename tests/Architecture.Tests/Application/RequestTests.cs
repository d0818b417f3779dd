using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Architecture.Tests.Support;

namespace ReliefPlatform.Architecture.Tests.Application;

public class RequestTests
{
    [Fact]
    public void Requests_WhenDeclared_AreSealedRecords()
    {
        var requests = ApplicationTypes.Requests;

        var offenders = requests
            .Where(t => !(t.IsClass && t.IsSealed && t.IsRecord()))
            .Select(t => t.Describe());

        ArchAssert.NoViolations("Every MediatR request must be a sealed record (immutable, style §5).", offenders);
    }

    [Fact]
    public void Requests_WhenNamed_EndWithCommandOrQuery()
    {
        var requests = ApplicationTypes.Requests;

        var offenders = requests
            .Where(t => !t.SimpleName().EndsWith("Command", StringComparison.Ordinal) && !t.SimpleName().EndsWith("Query", StringComparison.Ordinal))
            .Select(t => t.Describe());

        ArchAssert.NoViolations("Every MediatR request's name must end with \"Command\" or \"Query\".", offenders);
    }

    [Fact]
    public void Requests_WhenMarkedAsCommands_EndWithCommand()
    {
        var commands = ApplicationTypes.Requests.Where(t => typeof(ICommandMarker).IsAssignableFrom(t));

        var offenders = commands
            .Where(t => !t.SimpleName().EndsWith("Command", StringComparison.Ordinal))
            .Select(t => t.Describe());

        ArchAssert.NoViolations("A request that implements ICommandMarker changes state, so its name must end with \"Command\".", offenders);
    }

    [Fact]
    public void Requests_WhenMarkedAsQueries_EndWithQuery()
    {
        var queries = ApplicationTypes.Requests.Where(t => t.InterfacesOf(typeof(IQuery<>)).Any());

        var offenders = queries
            .Where(t => !t.SimpleName().EndsWith("Query", StringComparison.Ordinal))
            .Select(t => t.Describe());

        ArchAssert.NoViolations("A request that implements IQuery<T> only reads, so its name must end with \"Query\".", offenders);
    }
}
