using System.Reflection;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Jobs;

namespace ReliefPlatform.Architecture.Tests.Support;

/// <summary>What counts as a write when a rule reads a handler's IL (ADR 0026), and what a handler reaches.</summary>
internal static class Writes
{
    private static readonly string[] TrackerWrites = ["Add", "AddAsync", "AddRange", "AddRangeAsync", "Attach", "AttachRange", "Remove", "RemoveRange", "Update", "UpdateRange"];

    private static readonly string[] BulkWrites = ["ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync"];

    /// <summary>A call of <c>SaveChanges</c> or <c>SaveChangesAsync</c> on a DbContext or the persistence port.</summary>
    public static bool IsSaveChanges(MethodBase used) =>
        used.Name.StartsWith("SaveChanges", StringComparison.Ordinal)
        && used.DeclaringType is { } type && (typeof(DbContext).IsAssignableFrom(type) || type == typeof(IApplicationDbContext));

    /// <summary>A save before the command ends: the unit of work's, or an audit record written in its own transaction.</summary>
    public static bool IsStepSave(MethodBase used) =>
        used.DeclaringType == typeof(IUnitOfWork) || (used.DeclaringType == typeof(IAuditTrail) && used.Name == nameof(IAuditTrail.RecordNowAsync));

    /// <summary>What <paramref name="used"/> writes, or null when it does not.</summary>
    public static string? Describe(MethodBase used)
    {
        var type = used.DeclaringType;
        if (type is null)
        {
            return null;
        }

        var generic = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        return used switch
        {
            _ when IsSaveChanges(used) || IsStepSave(used) => $"saves ({type.SimpleName()}.{used.Name})",
            _ when BulkWrites.Contains(used.Name) => $"writes in bulk ({used.Name})",
            _ when (generic == typeof(DbSet<>) || typeof(DbContext).IsAssignableFrom(type)) && TrackerWrites.Contains(used.Name) => $"changes tracked rows ({type.SimpleName()}.{used.Name})",
            _ when type == typeof(IAuditTrail) => $"audits ({nameof(IAuditTrail)}.{used.Name})",
            _ when type == typeof(IJobScheduler) && used.Name == nameof(IJobScheduler.TriggerAsync) => "starts a job (IJobScheduler.TriggerAsync)",
            _ when type == typeof(ISmsSender) => $"sends a text message ({nameof(ISmsSender)}.{used.Name})",
            ConstructorInfo when typeof(ICommandMarker).IsAssignableFrom(type) => $"builds a command ({type.SimpleName()})",
            _ => null,
        };
    }

    /// <summary>The request each concrete handler handles, with every method it runs in its own assembly: its body, its base's, its helpers'.</summary>
    public static IEnumerable<(Type Handler, Type Request, IReadOnlyList<(MethodBase Method, MethodBase Used)> Uses)> OfHandlers(IEnumerable<Type> handlers)
    {
        foreach (var handler in handlers.Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            var within = new HashSet<Assembly> { handler.Assembly };
            var roots = new List<MethodBase>();
            for (var type = handler; type is not null && type.Assembly == handler.Assembly; type = type.BaseType)
            {
                roots.AddRange(type.GetMethods(TypeFacts.DeclaredMembers).Where(m => !m.IsAbstract));
                roots.AddRange(type.GetConstructors(TypeFacts.DeclaredMembers));
            }

            var uses = MethodBodies.Reachable(roots, within).ToList();
            foreach (var contract in handler.InterfacesOf(typeof(IRequestHandler<,>)))
            {
                yield return (handler, contract.GetGenericArguments()[0], uses);
            }
        }
    }

    /// <summary><c>Namespace.Type.Method</c>, naming the method a compiler-made state machine or lambda belongs to.</summary>
    public static string Where(MethodBase method)
    {
        var type = method.DeclaringType!;
        var name = Original(method.Name);
        while (type.IsNested && type.IsCompilerGenerated())
        {
            name = method.Name == "MoveNext" ? Original(type.Name) : name;
            type = type.DeclaringType!;
        }

        return $"{type.Describe()}.{name}";
    }

    /// <summary><c>&lt;Handle&gt;d__0</c> and <c>&lt;Handle&gt;b__0_0</c> → <c>Handle</c>.</summary>
    private static string Original(string name) =>
        name.StartsWith('<') && name.IndexOf('>', StringComparison.Ordinal) > 1 ? name[1..name.IndexOf('>', StringComparison.Ordinal)] : name;
}
