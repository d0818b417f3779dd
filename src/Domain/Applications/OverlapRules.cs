namespace ReliefPlatform.Domain.Applications;

/// <summary>
/// Cross-department checks at intake: how another open or recent application of the same person or
/// household bears on this one, in words a caseworker can act on. Overlaps are adjudicated, not refused.
/// </summary>
public static class OverlapRules
{
    private static readonly (string A, string B, string Zh, string En)[] Pairs =
    [
        ("civil.temporary-aid", "civil.temporary-aid", "同一户两次临时救助：核实是否为同一事件，避免重复救助", "two temporary-aid applications for one household: check whether they concern the same event, so it is not paid twice"),
        ("medins.critical-illness-aid", "health.critical-treatment", "医保大病救助与卫健大病专项救治同时在办：核对费用，避免同一笔医疗费重复补助", "medical-insurance critical-illness aid and health's special treatment at once: check the costs so one bill is not covered twice"),
        ("civil.dibao", "civil.tekun", "低保与特困供养不能同时享受：核实应纳入哪一项", "the minimum living allowance and extreme-poverty support cannot both be received: decide which applies"),
        ("hrss.employment", "hrss.public-welfare-job", "就业帮扶与公益性岗位同时在办：确认是否已安排岗位", "job-seeking help and a public-welfare job at once: check whether a post has been found already"),
    ];

    /// <summary>The explanation for this item beside the other one (Chinese, English).</summary>
    public static (string Zh, string En) Explain(string thisItem, string otherItem, bool sameApplicant)
    {
        foreach (var (a, b, zh, en) in Pairs)
        {
            if ((a == thisItem && b == otherItem) || (a == otherItem && b == thisItem))
            {
                return (zh, en);
            }
        }

        return thisItem == otherItem
            ? ("同一事项的另一件申请：核实是否重复", "another application for the same item: check it is not a duplicate")
            : sameApplicant
                ? ("申请人在其他部门的申请，供综合研判", "the applicant's application in another department, for a joined-up decision")
                : ("同户家庭成员的申请，供综合研判", "an application of a member of the same household, for a joined-up decision");
    }

    /// <summary>Whether the pair is one the rules warn about, not merely related.</summary>
    public static bool IsWarning(string thisItem, string otherItem) =>
        thisItem == otherItem || Pairs.Any(p => (p.A == thisItem && p.B == otherItem) || (p.A == otherItem && p.B == thisItem));
}
