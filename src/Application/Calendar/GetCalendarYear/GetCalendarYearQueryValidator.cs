using FluentValidation;
using ReliefPlatform.Application.Common.Validation;

namespace ReliefPlatform.Application.Calendar.GetCalendarYear;

internal sealed class GetCalendarYearQueryValidator : AbstractValidator<GetCalendarYearQuery>
{
    public GetCalendarYearQueryValidator() => RuleFor(q => q.Year).InServiceYears();
}
