using System.Reflection;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Architecture.Tests.Support;

namespace ReliefPlatform.Architecture.Tests.Application;

/// <summary>
/// One way to save (ADR 0026): every state change is a command, saved by the unit of work; a query never
/// writes. The rules read IL; each is run once on a deliberate violation too, so an empty match cannot pass.
/// </summary>
public class UnitOfWorkTests
{
    /// <summary>The seam: the implementation of <see cref="IUnitOfWork"/>.</summary>
    private static readonly Type[] Seams = [.. ApplicationTypes.All.Where(t => t.IsClass && typeof(IUnitOfWork).IsAssignableFrom(t))];

    /// <summary>Infrastructure that saves outside a command: the context's own override, a job run's record, start-up seeding.</summary>
    private static readonly string[] InfrastructureSavers =
    [
        "ReliefPlatform.Infrastructure.Persistence.ReliefDbContext", "ReliefPlatform.Infrastructure.BackgroundJobs.JobRunner",
        "ReliefPlatform.Infrastructure.Persistence.Seeding.",
    ];

    [Fact]
    public void SaveChanges_WhenCalledInApplicationOrInfrastructure_IsCalledOnlyByTheUnitOfWork()
    {
        var callers = SaveChangesCallers(Layers.Application.GetTypes()).Concat(SaveChangesCallers(Layers.Infrastructure.GetTypes()));

        var offenders = callers.Where(c => !Seams.Contains(c.Type) && !InfrastructureSavers.Any(s => c.Type.FullName!.StartsWith(s, StringComparison.Ordinal)));

        ArchAssert.NoViolations(
            "Only IUnitOfWork saves: a handler leaves its changes to the unit-of-work behavior, or (an ISavesInSteps command) calls IUnitOfWork.SaveAsync.",
            offenders.Select(c => c.Where));
    }

    [Fact]
    public void SaveChanges_WhenAHandlerCallsItItself_IsFound()
    {
        var callers = SaveChangesCallers(WithNested(typeof(RuleViolations))).ToList();

        Assert.Contains(callers, c => c.Type == typeof(RuleViolations.SavingCommandHandler));
        Assert.Single(Seams);
        Assert.Contains(SaveChangesCallers(Layers.Application.GetTypes()), c => c.Type == Seams[0]);
    }

    [Fact]
    public void StepSaves_WhenReached_AreReachedOnlyFromHandlersOfSavesInStepsCommands()
    {
        var offenders = StepSavesOutsideMarkedCommands(ApplicationTypes.Handlers);

        ArchAssert.NoViolations(
            "A handler saves before it ends (IUnitOfWork.SaveAsync, IAuditTrail.RecordNowAsync) only when its command says so with ISavesInSteps.",
            offenders);
    }

    [Fact]
    public void StepSaves_WhenAnUnmarkedCommandSavesThroughAHelper_AreFound()
    {
        var offenders = StepSavesOutsideMarkedCommands([typeof(RuleViolations.StepSavingCommandHandler)]);
        var realStepSavers = Writes.OfHandlers(ApplicationTypes.Handlers).Where(h => h.Uses.Any(u => Writes.IsStepSave(u.Used))).Select(h => h.Handler.Name);

        Assert.Contains(offenders, o => o.Contains(nameof(RuleViolations.StepSavingCommandHandler), StringComparison.Ordinal) && o.Contains("IUnitOfWork.SaveAsync", StringComparison.Ordinal));

        // Real handlers too, through a helper's lambda and state machine (StaffSignIn.CountFailureAsync).
        Assert.Contains("VerifyStaffTotpCommandHandler", realStepSavers);
    }

    [Fact]
    public void Queries_WhenTheirHandlersAreRead_NeverWrite()
    {
        var offenders = QueryWrites(ApplicationTypes.Handlers);

        ArchAssert.NoViolations(
            "A query only reads: no save, bulk write, tracked Add/Remove/Update, audit record, job trigger, text message or command; make the request a command.",
            offenders);
    }

    [Fact]
    public void Queries_WhenAHandlerWrites_AreFoundForEveryKindOfWrite()
    {
        var offenders = QueryWrites([typeof(RuleViolations.WritingQueryHandler)]);

        string[] expected =
        [
            "changes tracked rows (DbSet.Add)", "writes in bulk (ExecuteDeleteAsync)", "audits (IAuditTrail.Record)",
            "starts a job (IJobScheduler.TriggerAsync)", "builds a command (SavingCommand)", "saves (IApplicationDbContext.SaveChangesAsync)",
        ];
        Assert.All(expected, e => Assert.Contains(offenders, o => o.Contains(e, StringComparison.Ordinal)));
    }

    [Fact]
    public void Requests_WhenDeclared_AreEitherACommandOrAQuery()
    {
        var offenders = NeitherCommandNorQuery(ApplicationTypes.Requests);

        ArchAssert.NoViolations("Every request is an ICommand<T> (it changes state, saved by the unit of work) or an IQuery<T> (it only reads), never both.", offenders);
    }

    [Fact]
    public void Requests_WhenOnlyAnIRequest_AreFound()
    {
        var offenders = NeitherCommandNorQuery([typeof(RuleViolations.PlainRequestQuery), typeof(RuleViolations.SavingCommand)]);

        Assert.Equal([typeof(RuleViolations.PlainRequestQuery).Describe()], offenders);
    }

    private static IEnumerable<(Type Type, string Where)> SaveChangesCallers(IEnumerable<Type> types) =>
        from type in types
        from method in type.GetMethods(TypeFacts.DeclaredMembers).Cast<MethodBase>().Concat(type.GetConstructors(TypeFacts.DeclaredMembers))
        from used in MethodBodies.Uses(method)
        where Writes.IsSaveChanges(used)
        select (Outermost(type), Writes.Where(method));

    private static IEnumerable<string> StepSavesOutsideMarkedCommands(IEnumerable<Type> handlers) =>
        from h in Writes.OfHandlers(handlers)
        where !typeof(ISavesInSteps).IsAssignableFrom(h.Request)
        from use in h.Uses
        where Writes.IsStepSave(use.Used)
        select $"{h.Handler.Describe()}: {Writes.Where(use.Method)} calls {use.Used.DeclaringType!.SimpleName()}.{use.Used.Name}";

    private static IEnumerable<string> QueryWrites(IEnumerable<Type> handlers) =>
        from h in Writes.OfHandlers(handlers)
        where h.Request.InterfacesOf(typeof(IQuery<>)).Any()
        from use in h.Uses
        let write = Writes.Describe(use.Used)
        where write is not null
        select $"{h.Handler.Describe()}: {Writes.Where(use.Method)} {write}";

    private static IEnumerable<string> NeitherCommandNorQuery(IEnumerable<Type> requests) =>
        requests
            .Where(t => t.InterfacesOf(typeof(ICommand<>)).Any() == t.InterfacesOf(typeof(IQuery<>)).Any())
            .Select(t => t.Describe());

    private static IEnumerable<Type> WithNested(Type type) =>
        [type, .. type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(WithNested)];

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer && (type.IsCompilerGenerated() || outer.IsCompilerGenerated()))
        {
            type = outer;
        }

        return type;
    }
}
