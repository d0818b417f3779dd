using ReliefPlatform.Architecture.Tests.Support;

namespace ReliefPlatform.Architecture.Tests.Application;

/// <summary>Guards the scans the other rules rely on: an empty scan would make every rule pass.</summary>
public class ApplicationTypesTests
{
    [Fact]
    public void Scan_WhenApplicationAssemblyIsRead_FindsRequestsHandlersAndValidators()
    {
        var names = ApplicationTypes.All.Select(t => t.Name).ToList();

        var requests = ApplicationTypes.Requests.Select(t => t.Name).ToList();
        var handlers = ApplicationTypes.Handlers.Select(t => t.Name).ToList();
        var validators = ApplicationTypes.Validators.Select(t => t.Name).ToList();

        Assert.Contains("SubmitApplicationCommand", names);
        Assert.Contains("SubmitApplicationCommand", requests);
        Assert.Contains("GetCatalogQuery", requests);
        Assert.Contains("AcceptApplicationCommandHandler", handlers);
        Assert.Contains("ApplicationActionHandler`1", handlers);
        Assert.Contains("SubmitApplicationCommandValidator", validators);
    }
}
