using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Domain.UnitTests.Applications;

public sealed class OverlapRulesTests
{
    [Theory]
    [InlineData("civil.temporary-aid", "civil.temporary-aid", true, "同一户两次临时救助")]
    [InlineData("medins.critical-illness-aid", "health.critical-treatment", true, "医保大病救助与卫健大病专项救治")]
    [InlineData("health.critical-treatment", "medins.critical-illness-aid", true, "医保大病救助与卫健大病专项救治")]
    [InlineData("civil.tekun", "civil.dibao", true, "低保与特困供养不能同时享受")]
    [InlineData("civil.dibao", "civil.dibao", true, "同一事项的另一件申请")]
    [InlineData("civil.dibao", "edu.student-aid", false, "申请人在其他部门的申请")]
    public void Overlaps_AreExplained_AndTheRiskyOnesWarned(string thisItem, string otherItem, bool warning, string zhStart)
    {
        var (zh, en) = OverlapRules.Explain(thisItem, otherItem, sameApplicant: true);

        Assert.StartsWith(zhStart, zh, StringComparison.Ordinal);
        Assert.Matches("^[ -~]+$", en);
        Assert.Equal(warning, OverlapRules.IsWarning(thisItem, otherItem));
    }
}
