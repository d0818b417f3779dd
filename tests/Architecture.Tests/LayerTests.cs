using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ReliefPlatform.Architecture.Tests.Support;

namespace ReliefPlatform.Architecture.Tests;

/// <summary>Domain ← Application ← Infrastructure, with Api as the composition root (style §2).</summary>
public class LayerTests
{
    [Fact]
    public void DomainAssembly_WhenReferencesAreRead_HasNoOuterLayerOrFrameworkReference()
    {
        string[] forbidden =
        [
            "ReliefPlatform.Application", "ReliefPlatform.Infrastructure", "ReliefPlatform.Api",
            "Microsoft.EntityFrameworkCore", "MediatR", "FluentValidation", "Microsoft.AspNetCore",
        ];

        var offenders = ForbiddenReferences(Layers.Domain, forbidden);

        ArchAssert.NoViolations("The Domain assembly must not depend on outer layers, EF Core, MediatR, FluentValidation or ASP.NET Core.", offenders);
    }

    [Fact]
    public void ApplicationAssembly_WhenReferencesAreRead_HasNoInfrastructureApiOrProviderReference()
    {
        string[] forbidden =
        [
            "ReliefPlatform.Infrastructure", "ReliefPlatform.Api",
            "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore.Sqlite",
            "Microsoft.Data.SqlClient", "Microsoft.EntityFrameworkCore.SqlServer",
        ];

        var offenders = ForbiddenReferences(Layers.Application, forbidden);

        ArchAssert.NoViolations("The Application assembly must not depend on Infrastructure, Api, ASP.NET Core or a database provider.", offenders);
    }

    /// <summary>Raw SQL is written per provider (Infrastructure's SqlDialect, ADR 0023); the Application layer sends LINQ only.</summary>
    [Fact]
    public void ApplicationAssembly_WhenMethodReferencesAreRead_SendsNoRawSql()
    {
        using var reader = new PEReader(File.OpenRead(Layers.Application.Location));
        var metadata = reader.GetMetadataReader();

        var offenders = metadata.MemberReferences
            .Select(h => metadata.GetString(metadata.GetMemberReference(h).Name))
            .Where(name => name.StartsWith("ExecuteSql", StringComparison.Ordinal) || name.StartsWith("SqlQuery", StringComparison.Ordinal)
                || name.StartsWith("FromSql", StringComparison.Ordinal));

        ArchAssert.NoViolations("The Application assembly must not send raw SQL; put the statement in each SqlDialect behind a port.", offenders);
    }

    [Fact]
    public void InfrastructureAssembly_WhenReferencesAreRead_HasNoApiReference()
    {
        string[] forbidden = ["ReliefPlatform.Api"];

        var offenders = ForbiddenReferences(Layers.Infrastructure, forbidden);

        ArchAssert.NoViolations("The Infrastructure assembly must not depend on Api.", offenders);
    }

    [Fact]
    public void ApiAssembly_WhenReferencesAreRead_ReferencesApplicationAndInfrastructure()
    {
        var api = Layers.Api;

        var referenced = api.GetReferencedAssemblies().Select(a => a.Name).ToList();

        // A positive control: proves that reading references sees real dependencies, so the rules above are not vacuous.
        Assert.Contains("ReliefPlatform.Application", referenced);
        Assert.Contains("ReliefPlatform.Infrastructure", referenced);
    }

    /// <summary>
    /// Each forbidden assembly the compiler recorded a reference to, with the types whose signatures
    /// mention it (a use only inside method bodies is reported without types).
    /// </summary>
    private static IEnumerable<string> ForbiddenReferences(Assembly assembly, string[] forbidden)
    {
        bool IsForbidden(string? name) =>
            name is not null && forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal));

        var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name).Where(IsForbidden).ToList();
        foreach (var name in referenced)
        {
            var users = assembly.GetTypes()
                .Where(t => !t.IsCompilerGenerated() && SignatureTypes(t).Any(d => d.Assembly.GetName().Name == name))
                .Select(t => t.Describe())
                .Order(StringComparer.Ordinal)
                .ToList();
            yield return users.Count > 0
                ? $"{name}, used by {string.Join(", ", users)}"
                : $"{name} (used only inside method bodies)";
        }
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        var direct = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }

        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        foreach (var member in type.GetMembers(TypeFacts.DeclaredMembers))
        {
            direct.AddRange(member.GetCustomAttributesData().Select(a => a.AttributeType));
            switch (member)
            {
                case FieldInfo field:
                    direct.Add(field.FieldType);
                    break;
                case PropertyInfo property:
                    direct.Add(property.PropertyType);
                    break;
                case MethodBase method:
                    direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
                    if (method is MethodInfo info)
                    {
                        direct.Add(info.ReturnType);
                    }

                    break;
            }
        }

        return direct.SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            return Expand(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return [];
        }

        return type.IsGenericType ? [type, .. type.GetGenericArguments().SelectMany(Expand)] : [type];
    }
}
