using System.Collections;
using System.Reflection;
using ReliefPlatform.Architecture.Tests.Support;

namespace ReliefPlatform.Architecture.Tests.Domain;

/// <summary>Private setters and read-only collections (style §8).</summary>
public class EncapsulationTests
{
    private static readonly Type[] ReadOnlyCollections =
        [typeof(IReadOnlyCollection<>), typeof(IReadOnlyList<>), typeof(IReadOnlySet<>), typeof(IReadOnlyDictionary<,>)];

    private static IEnumerable<Type> DomainTypes =>
        Layers.Domain.GetTypes().Where(t => !t.IsCompilerGenerated() && !t.IsInterface && !t.IsEnum);

    [Fact]
    public void DomainProperties_WhenTheyHaveSetters_KeepThemPrivate()
    {
        var types = DomainTypes;

        var offenders =
            from type in types
            from property in type.GetProperties(TypeFacts.DeclaredMembers)
            where property.SetMethod is { } setter && !IsAllowed(type, setter)
            select $"{type.Describe()}.{property.Name} ({Accessibility(property.SetMethod!)} {(property.SetMethod!.IsInitOnly() ? "init" : "set")})";

        ArchAssert.NoViolations(
            "Domain state changes only through intent-named methods: setters must be private (a record may have public init; `with` copies, it does not mutate).",
            offenders);
    }

    [Fact]
    public void DomainCollections_WhenExposed_AreReadOnlyInterfaces()
    {
        var types = DomainTypes;

        var properties =
            from type in types
            from property in type.GetProperties(TypeFacts.DeclaredMembers)
            where property.GetMethod is { } getter && (getter.IsPublic || getter.IsFamily || getter.IsFamilyOrAssembly)
            select (Type: type, Name: property.Name, Exposed: property.PropertyType);
        var fields =
            from type in types
            from field in type.GetFields(TypeFacts.DeclaredMembers)
            where field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly
            select (Type: type, Name: field.Name, Exposed: field.FieldType);
        var offenders = properties.Concat(fields)
            .Where(m => IsCollection(m.Exposed) && !IsReadOnlyInterface(m.Exposed))
            .Select(m => $"{m.Type.Describe()}.{m.Name} ({m.Exposed.Describe()})");

        ArchAssert.NoViolations("Collections on domain types must be exposed as IReadOnlyCollection/List/Set/Dictionary.", offenders);
    }

    private static bool IsAllowed(Type type, MethodInfo setter) =>
        setter.IsPrivate || (type.IsRecord() && setter.IsInitOnly());

    private static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static bool IsReadOnlyInterface(Type type) =>
        type.IsInterface && type.IsGenericType && ReadOnlyCollections.Contains(type.GetGenericTypeDefinition());

    private static string Accessibility(MethodInfo method) => method switch
    {
        { IsPublic: true } => "public",
        { IsFamilyOrAssembly: true } => "protected internal",
        { IsFamily: true } => "protected",
        { IsAssembly: true } => "internal",
        { IsFamilyAndAssembly: true } => "private protected",
        _ => "private",
    };
}
