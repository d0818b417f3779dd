using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.GetBreachForecast;

internal sealed class GetBreachForecastQueryValidator : AbstractValidator<GetBreachForecastQuery>
{
    public const int MaxDays = 20;

    public GetBreachForecastQueryValidator() =>
        RuleFor(q => q.Days).InclusiveBetween(1, MaxDays)
            .WithMessage(_ => Text.Pick($"预警天数应在 1 到 {MaxDays} 个工作日之间。", $"days must be between 1 and {MaxDays} working days."));
}
