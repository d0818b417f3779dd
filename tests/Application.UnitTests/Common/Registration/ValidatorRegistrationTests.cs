using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace ReliefPlatform.Application.UnitTests.Common.Registration;

/// <summary>
/// Every validator of the Application layer is registered as <see cref="IValidator{T}"/>: one that is
/// not would turn its request's validation off without a sound. (That each also resolves in the real
/// host, with the services it needs, is checked by the functional tests' ValidatorResolutionTests.)
/// </summary>
public sealed class ValidatorRegistrationTests
{
    private static readonly Type[] Validators = typeof(DependencyInjection).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && ValidatedType(t) is not null)
        .ToArray();

    [Fact]
    public void EveryValidator_IsRegistered_AndResolves()
    {
        var services = new ServiceCollection().AddApplication();

        Assert.True(Validators.Length > 40, $"Only {Validators.Length} validators were found; the scan would prove nothing.");
        Assert.Empty(Unregistered(services));

    }

    [Fact]
    public void PositiveControl_AValidatorLeftOut_IsNamed()
    {
        var services = new ServiceCollection().AddApplication();
        var left = services.First(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidator<>));
        services.Remove(left);

        Assert.Equal([left.ImplementationType!], Unregistered(services));
    }

    private static Type[] Unregistered(IServiceCollection services) => Validators
        .Where(v => !services.Any(d => d.ServiceType == typeof(IValidator<>).MakeGenericType(ValidatedType(v)!) && d.ImplementationType == v))
        .ToArray();

    private static Type? ValidatedType(Type type) => type.GetInterfaces()
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))?.GetGenericArguments()[0];
}
