using FluentValidation;
using FluentValidation.Validators;

namespace ReliefPlatform.Application.Common.Validation;

/// <summary>The most items a list in a request may hold, in a form the API document reads (its <c>maxItems</c>, ADR 0033).</summary>
public interface IMaxItemsValidator
{
    int Max { get; }
}

internal static class CollectionRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> MaxItems<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, int max) =>
        rule.SetValidator(new MaxItemsValidator<T, TItem>(max)!);

    private sealed class MaxItemsValidator<T, TItem>(int max) : PropertyValidator<T, IReadOnlyList<TItem>>, IMaxItemsValidator
    {
        public int Max => max;

        public override string Name => "MaxItemsValidator";

        protected override string GetDefaultMessageTemplate(string errorCode) => "{PropertyName}: at most " + max + " items.";

        public override bool IsValid(ValidationContext<T> context, IReadOnlyList<TItem> value) => value is null || value.Count <= max;
    }
}
