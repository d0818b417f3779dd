using System.Reflection;
using System.Runtime.CompilerServices;

namespace ReliefPlatform.Architecture.Tests.Support;

internal static class TypeFacts
{
    public const BindingFlags DeclaredMembers =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static bool IsInternal(this Type type) => type.IsNested ? type.IsNestedAssembly : type.IsNotPublic;

    /// <summary>The compiler gives every record a <c>&lt;Clone&gt;$</c> method and an <c>EqualityContract</c> property.</summary>
    public static bool IsRecord(this Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance) is not null
        || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly) is not null;

    public static bool IsCompilerGenerated(this Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.Contains('<', StringComparison.Ordinal);

    public static bool IsInitOnly(this MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    /// <summary>The closed (or, on a generic definition, open) forms of <paramref name="openGeneric"/> the type implements.</summary>
    public static IEnumerable<Type> InterfacesOf(this Type type, Type openGeneric) =>
        type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric);

    /// <summary>The closed base class built from <paramref name="openGeneric"/>, if the type derives from it.</summary>
    public static Type? BaseOf(this Type type, Type openGeneric)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openGeneric)
            {
                return current;
            }
        }

        return null;
    }

    public static string SimpleName(this Type type) => type.Name.Split('`')[0];

    /// <summary><c>Namespace.Outer+Name&lt;T&gt;</c> without assembly-qualified generic arguments.</summary>
    public static string Describe(this Type type)
    {
        var name = type.IsNested ? $"{type.DeclaringType!.Describe()}+{type.SimpleName()}" : $"{type.Namespace}.{type.SimpleName()}";
        return type.IsGenericType ? $"{name}<{string.Join(", ", type.GetGenericArguments().Select(a => a.Name))}>" : name;
    }
}
