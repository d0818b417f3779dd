using MediatR;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Eligibility;

namespace ReliefPlatform.Application.Eligibility.CheckEligibility;

/// <summary>
/// The pre-check before applying: for every item, "likely eligible", "depends" or "likely not", with
/// the reasons in plain words in the caller's language. Open to anyone (nothing is stored), and never
/// a refusal: every item can still be applied for.
/// </summary>
public sealed record CheckEligibilityQuery(EligibilityAnswers Answers) : IQuery<EligibilityCheckDto>;

public sealed record EligibilityCheckDto(IReadOnlyList<EligibilityItemDto> Items, string Note);

public sealed record EligibilityItemDto(string ItemCode, string Name, string DepartmentCode, string Need, int TimeLimitWorkingDays, string Verdict, string VerdictText, IReadOnlyList<string> Reasons);

internal sealed class CheckEligibilityQueryHandler(ICatalog catalog) : IRequestHandler<CheckEligibilityQuery, EligibilityCheckDto>
{
    private static readonly EligibilityStandards Standards = new();

    public async Task<EligibilityCheckDto> Handle(CheckEligibilityQuery request, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        var items = EligibilityRules.Check(request.Answers, Standards)
            .Select(r => (Result: r, Item: snapshot.FindItem(r.ItemCode)))
            .Where(x => x.Item is not null)
            .OrderBy(x => x.Result.Verdict)
            .Select(x => new EligibilityItemDto(
                x.Result.ItemCode,
                Text.Pick(x.Item!.Name, x.Item.NameEn),
                x.Item.DepartmentCode,
                x.Item.Need,
                x.Item.TimeLimitWorkingDays,
                Kebab(x.Result.Verdict),
                VerdictText(x.Result.Verdict),
                [.. x.Result.Reasons.Select(reason => Text.Pick(reason.Zh, reason.En))]))
            .ToList();
        return new EligibilityCheckDto(items, Text.Pick(
            "这只是初步判断，不影响您申请任何事项；是否符合条件由经办部门按规定审核。",
            "This is only a first guess and never stops you applying for any item; the department decides by the rules."));
    }

    private static string Kebab(EligibilityVerdict verdict) => verdict switch
    {
        EligibilityVerdict.LikelyEligible => "likely-eligible",
        EligibilityVerdict.Depends => "depends",
        _ => "likely-not",
    };

    private static string VerdictText(EligibilityVerdict verdict) => verdict switch
    {
        EligibilityVerdict.LikelyEligible => Text.Pick("可能符合", "Likely eligible"),
        EligibilityVerdict.Depends => Text.Pick("要看具体情况", "It depends"),
        _ => Text.Pick("可能不符合", "Likely not"),
    };
}
