using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using MediatR;

namespace ReliefPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// The mediator request (command or query) an endpoint sends, read from its handler method: a parameter
/// bound to the request itself, or the request the method (or its async state machine) constructs. The
/// document's 400, 409 and limits are derived from it, so a new endpoint is described without a list to
/// keep (ADR 0033). Null for an endpoint that sends none (health, the development SMS outbox).
/// </summary>
internal static class EndpointRequests
{
    private static readonly OpCode NewObject = OpCodes.Newobj;

    public static Type? RequestOf(IEnumerable<object> endpointMetadata) =>
        endpointMetadata.OfType<MethodInfo>().FirstOrDefault() is { } method ? RequestOf(method) : null;

    public static Type? RequestOf(MethodInfo handler)
    {
        if (handler.GetParameters().Select(p => p.ParameterType).FirstOrDefault(IsRequest) is { } bound)
        {
            return bound;
        }

        var body = handler.GetCustomAttribute<AsyncStateMachineAttribute>() is { } machine
            ? machine.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            : handler;
        return body is null ? null : ConstructedTypes(body).FirstOrDefault(IsRequest);
    }

    private static bool IsRequest(Type type) => type.IsAssignableTo(typeof(IBaseRequest)) && !type.IsAbstract && !type.IsInterface;

    /// <summary>The types whose constructors the method body calls (<c>newobj</c>), in order.</summary>
    private static IEnumerable<Type> ConstructedTypes(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] != (byte)NewObject.Value)
            {
                continue;
            }

            MethodBase? constructor;
            try
            {
                constructor = method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1), method.DeclaringType?.GetGenericArguments(), null);
            }
            catch (ArgumentException)
            {
                // The byte was an operand, not an opcode: not a token of this module.
                continue;
            }

            if (constructor?.DeclaringType is { } type)
            {
                yield return type;
            }
        }
    }
}
