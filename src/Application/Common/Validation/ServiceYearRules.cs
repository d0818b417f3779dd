using FluentValidation;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Common.Validation;

/// <summary>Every date and year a request carries lies in <see cref="ServiceYears"/>; otherwise a 400 on its field.</summary>
internal static class ServiceYearRules
{
    public static IRuleBuilderOptions<T, DateOnly> InServiceYears<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(ServiceYears.Contains).WithMessage(_ => Message);

    public static IRuleBuilderOptions<T, DateOnly?> InServiceYears<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(day => day is not { } value || ServiceYears.Contains(value)).WithMessage(_ => Message);

    public static IRuleBuilderOptions<T, int> InServiceYears<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(ServiceYears.First, ServiceYears.Last).WithMessage(_ => Message);

    private static string Message => Text.Pick(
        $"日期和年份应在 {ServiceYears.First} 年到 {ServiceYears.Last} 年之间。", $"Dates and years must fall between {ServiceYears.First} and {ServiceYears.Last}.");
}
