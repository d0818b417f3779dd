using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>Every Application validator resolves in the running service as its request's validator.</summary>
public sealed class ValidatorResolutionTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task EveryValidator_ResolvesInTheService()
    {
        var validators = typeof(Application.DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .Select(t => (Type: t, Contract: t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))))
            .Where(v => v.Contract is not null)
            .ToList();
        await using var scope = factory.Services.CreateAsyncScope();

        var unresolved = validators.Where(v => !scope.ServiceProvider.GetServices(v.Contract!).Any(r => r!.GetType() == v.Type)).Select(v => v.Type.Name).ToList();

        Assert.True(validators.Count > 40, $"Only {validators.Count} validators were found.");
        Assert.Empty(unresolved);
    }
}
