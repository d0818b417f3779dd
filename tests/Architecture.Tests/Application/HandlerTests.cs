using MediatR;
using ReliefPlatform.Architecture.Tests.Support;

namespace ReliefPlatform.Architecture.Tests.Application;

public class HandlerTests
{
    [Fact]
    public void Handlers_WhenDeclared_AreInternalSealedOrInternalAbstractBases()
    {
        var handlers = ApplicationTypes.Handlers;

        var offenders = handlers
            .Where(t => !t.IsInternal() || !(t.IsSealed || t.IsAbstract))
            .Select(t => $"{t.Describe()} ({Modifiers(t)})");

        ArchAssert.NoViolations("Every request handler must be internal sealed (an abstract base must be internal).", offenders);
    }

    [Fact]
    public void Handlers_WhenNamed_EndWithHandler()
    {
        var handlers = ApplicationTypes.Handlers;

        var offenders = handlers
            .Where(t => !t.SimpleName().EndsWith("Handler", StringComparison.Ordinal))
            .Select(t => t.Describe());

        ArchAssert.NoViolations("Every request handler's name must end with \"Handler\".", offenders);
    }

    [Fact]
    public void Requests_WhenHandlersAreScanned_HaveExactlyOneHandlerEach()
    {
        var concreteHandlers = ApplicationTypes.Handlers.Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition).ToList();
        var requests = ApplicationTypes.Requests.Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition);

        var offenders = requests
            .Select(request => (Request: request, Handlers: HandlersOf(request, concreteHandlers)))
            .Where(r => r.Handlers.Count != 1)
            .Select(r => r.Handlers.Count == 0
                ? $"{r.Request.Describe()}: no handler"
                : $"{r.Request.Describe()}: {r.Handlers.Count} handlers ({string.Join(", ", r.Handlers.Select(h => h.Describe()))})");

        ArchAssert.NoViolations("Every request must have exactly one IRequestHandler<TRequest, TResponse>.", offenders);
    }

    private static List<Type> HandlersOf(Type request, IEnumerable<Type> handlers)
    {
        var contracts = request.InterfacesOf(typeof(IRequest<>))
            .Select(i => typeof(IRequestHandler<,>).MakeGenericType(request, i.GetGenericArguments()[0]))
            .ToList();
        return handlers.Where(h => contracts.Any(c => c.IsAssignableFrom(h))).ToList();
    }

    private static string Modifiers(Type type) =>
        $"{(type.IsInternal() ? "internal" : "not internal")}{(type.IsSealed ? " sealed" : string.Empty)}{(type.IsAbstract ? " abstract" : string.Empty)}";
}
