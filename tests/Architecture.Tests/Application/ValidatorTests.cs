using FluentValidation;
using ReliefPlatform.Architecture.Tests.Support;

namespace ReliefPlatform.Architecture.Tests.Application;

public class ValidatorTests
{
    [Fact]
    public void Validators_WhenDeclared_AreInternalSealed()
    {
        var validators = ApplicationTypes.Validators;

        var offenders = validators
            .Where(t => !t.IsInternal() || !t.IsSealed)
            .Select(t => t.Describe());

        ArchAssert.NoViolations("Every AbstractValidator<T> subclass must be internal sealed.", offenders);
    }

    [Fact]
    public void Validators_WhenNamed_AreNamedAfterTheTypeTheyValidate()
    {
        var validators = ApplicationTypes.Validators;

        var offenders = validators
            .Select(t => (Validator: t, Expected: ValidatedName(t.BaseOf(typeof(AbstractValidator<>))!.GetGenericArguments()[0]) + "Validator"))
            .Where(v => v.Validator.SimpleName() != v.Expected)
            .Select(v => $"{v.Validator.Describe()} (expected {v.Expected})");

        ArchAssert.NoViolations("Every AbstractValidator<T> subclass must be named {T.Name}Validator.", offenders);
    }

    /// <summary>A validator of rules shared through an interface (IReportPeriod) drops the interface's I.</summary>
    private static string ValidatedName(Type type) =>
        type.IsInterface && type.Name.StartsWith('I') ? type.SimpleName()[1..] : type.SimpleName();
}
