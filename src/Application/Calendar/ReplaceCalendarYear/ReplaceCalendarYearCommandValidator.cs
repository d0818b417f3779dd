using FluentValidation;
using ReliefPlatform.Application.Common.Validation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Calendar.ReplaceCalendarYear;

internal sealed class ReplaceCalendarYearCommandValidator : AbstractValidator<ReplaceCalendarYearCommand>
{
    public ReplaceCalendarYearCommandValidator()
    {
        RuleFor(c => c.Year).InServiceYears();
        RuleFor(c => c.Holidays).NotNull().MaxItems(60)
            .WithMessage(_ => Text.Pick("节假日最多 60 天。", "At most 60 holidays."));
        RuleFor(c => c.Workdays).NotNull().MaxItems(20)
            .WithMessage(_ => Text.Pick("调休上班日最多 20 天。", "At most 20 make-up working days."));
        RuleForEach(c => c.Holidays).Must((c, d) => d.Year == c.Year)
            .WithMessage((c, d) => Text.Pick($"{d:yyyy-MM-dd} 不在 {c.Year} 年。", $"{d:yyyy-MM-dd} is not in {c.Year}."));
        RuleForEach(c => c.Workdays).Must((c, d) => d.Year == c.Year)
            .WithMessage((c, d) => Text.Pick($"{d:yyyy-MM-dd} 不在 {c.Year} 年。", $"{d:yyyy-MM-dd} is not in {c.Year}."));
        RuleForEach(c => c.Workdays).Must(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            .WithMessage((_, d) => Text.Pick($"{d:yyyy-MM-dd} 不是周末，无需调休上班。", $"{d:yyyy-MM-dd} is not a weekend day, so it cannot be a make-up working day."));
        RuleFor(c => c).Must(c => c.Holidays is null || c.Workdays is null || !c.Holidays.Intersect(c.Workdays).Any())
            .OverridePropertyName("workdays")
            .WithMessage(_ => Text.Pick("同一天不能既是节假日又是调休上班日。", "A day cannot be both a holiday and a make-up working day."));
        RuleFor(c => c).Must(c => c.Holidays is null || c.Holidays.Distinct().Count() == c.Holidays.Count)
            .OverridePropertyName("holidays")
            .WithMessage(_ => Text.Pick("节假日有重复的日期。", "The holidays repeat a date."));
        RuleFor(c => c).Must(c => c.Workdays is null || c.Workdays.Distinct().Count() == c.Workdays.Count)
            .OverridePropertyName("workdays")
            .WithMessage(_ => Text.Pick("调休上班日有重复的日期。", "The make-up working days repeat a date."));
    }
}
