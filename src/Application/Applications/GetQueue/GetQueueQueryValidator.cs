using FluentValidation;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.GetQueue;

internal sealed class GetQueueQueryValidator : AbstractValidator<GetQueueQuery>
{
    public const int MaxPageSize = 100;
    public const int SearchMaxLength = 32;

    public static readonly string[] DueWindows = ["overdue", "soon", "week"];
    public static readonly string[] Holders = ["me", "unassigned", "others"];

    public GetQueueQueryValidator()
    {
        RuleFor(q => q.Status)
            .Must(s => string.IsNullOrEmpty(s) || Enum.TryParse<ApplicationStatus>(s, ignoreCase: false, out _))
            .WithMessage(_ => Text.Pick(
                "状态应为 " + string.Join("、", Enum.GetNames<ApplicationStatus>()) + " 之一。",
                "Status must be one of " + string.Join(", ", Enum.GetNames<ApplicationStatus>()) + "."));
        RuleFor(q => q.Due)
            .Must(d => string.IsNullOrEmpty(d) || DueWindows.Contains(d))
            .WithMessage(_ => Text.Pick("到期范围应为 overdue（已超期）、soon（2 个工作日内）或 week（5 个工作日内）。", "due must be overdue, soon (within 2 working days) or week (within 5)."));
        RuleFor(q => q.Assigned)
            .Must(a => string.IsNullOrEmpty(a) || Holders.Contains(a))
            .WithMessage(_ => Text.Pick("认领情况应为 me（我的）、unassigned（未认领）或 others（他人认领）。", "assigned must be me, unassigned or others."));
        RuleFor(q => q.Item).MaximumLength(64);
        RuleFor(q => q.Q).MaximumLength(SearchMaxLength)
            .WithMessage(_ => Text.Pick($"受理编号最多 {SearchMaxLength} 个字符。", $"A tracking number has at most {SearchMaxLength} characters."));
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
    }
}
