using FluentValidation;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.GetQueue;

internal sealed class GetQueueQueryValidator : AbstractValidator<GetQueueQuery>
{
    public const int MaxPageSize = 100;

    public GetQueueQueryValidator()
    {
        RuleFor(q => q.Status)
            .Must(s => string.IsNullOrEmpty(s) || Enum.TryParse<ApplicationStatus>(s, ignoreCase: false, out _))
            .WithMessage(_ => Text.Pick(
                "状态应为 " + string.Join("、", Enum.GetNames<ApplicationStatus>()) + " 之一。",
                "Status must be one of " + string.Join(", ", Enum.GetNames<ApplicationStatus>()) + "."));
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
    }
}
