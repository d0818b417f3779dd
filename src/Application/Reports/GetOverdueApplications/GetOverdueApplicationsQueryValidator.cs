using System.Globalization;
using FluentValidation;
using ReliefPlatform.Application.Reports.GetCompletionReport;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.GetOverdueApplications;

internal sealed class GetOverdueApplicationsQueryValidator : AbstractValidator<GetOverdueApplicationsQuery>
{
    public const int MaxPageSize = 100;

    public GetOverdueApplicationsQueryValidator()
    {
        RuleFor(q => q.GroupBy)
            .Must(g => g is null || ReportPeriodValidator.Groupings.Contains(g))
            .WithMessage(_ => Text.Pick("分组方式应为 department、item、region 或 month。", "groupBy must be department, item, region or month."))
            .NotNull().When(q => !string.IsNullOrEmpty(q.Key), ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.Pick("给出 key 时须同时给出分组方式。", "A key needs a groupBy."));
        RuleFor(q => q.Key)
            .NotEmpty().When(q => q.GroupBy is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.Pick("请给出要查看的分组（key）。", "Give the key of the group to list."))
            .Must((q, key) => IsValidKey(q.GroupBy, key)).When(q => !string.IsNullOrEmpty(q.Key), ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.Pick(
                "key 格式不对：部门或事项代码、6 位行政区划代码，或年月（如 2026-11）。",
                "The key must be a department or item code, a 6-digit division code, or a month such as 2026-11."));
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1)
            .WithMessage(_ => Text.Pick("页码从 1 开始。", "Pages start at 1."));
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize)
            .WithMessage(_ => Text.Pick($"每页 1 到 {MaxPageSize} 条。", $"pageSize must be between 1 and {MaxPageSize}."));
    }

    private static bool IsValidKey(string? groupBy, string? key) => groupBy switch
    {
        "month" => DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "region" => key is { Length: 6 } && key.All(char.IsAsciiDigit),
        _ => key is { Length: <= 48 },
    };
}
