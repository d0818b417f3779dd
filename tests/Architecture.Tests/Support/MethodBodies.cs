using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace ReliefPlatform.Architecture.Tests.Support;

/// <summary>
/// Reads method bodies as IL: which methods a body calls, takes the address of (a lambda) or constructs.
/// <see cref="Reachable"/> follows those into the given assemblies, through async state machines and
/// lambdas, so a rule sees what a handler does through its helpers as well as in its own body.
/// </summary>
internal static class MethodBodies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every method <paramref name="roots"/> reach inside <paramref name="within"/>, with the members each one uses.</summary>
    public static IEnumerable<(MethodBase Method, MethodBase Used)> Reachable(IEnumerable<MethodBase> roots, IReadOnlySet<Assembly> within)
    {
        var seen = new HashSet<(Module, int)>();
        var pending = new Stack<MethodBase>(roots);
        while (pending.TryPop(out var method))
        {
            if (!seen.Add((method.Module, method.MetadataToken)))
            {
                continue;
            }

            if (method.GetCustomAttribute<StateMachineAttribute>()?.StateMachineType.GetMethod("MoveNext", TypeFacts.DeclaredMembers) is { } moveNext)
            {
                pending.Push(moveNext);
            }

            foreach (var used in Uses(method))
            {
                yield return (method, used);
                if (within.Contains(used.Module.Assembly) && !used.IsAbstract)
                {
                    pending.Push(used.Module.ResolveMethod(used.MetadataToken)!);
                }
            }
        }
    }

    /// <summary>The methods and constructors one body names in <c>call</c>, <c>callvirt</c>, <c>newobj</c> and <c>ldftn</c>.</summary>
    public static IEnumerable<MethodBase> Uses(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } type ? type.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            if (opCode.OperandType == OperandType.InlineMethod
                && Resolve(method.Module, BitConverter.ToInt32(il, at), typeArguments, methodArguments) is { } used)
            {
                yield return used;
            }

            at += OperandSize(opCode.OperandType, il, at);
        }
    }

    private static MethodBase? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMethod(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
