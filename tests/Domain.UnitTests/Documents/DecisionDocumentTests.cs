using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Documents;

namespace ReliefPlatform.Domain.UnitTests.Documents;

public class DecisionDocumentTests
{
    [Theory]
    [InlineData("张三明", "张*明")]
    [InlineData("李秀英", "李*英")]
    [InlineData("王五", "王*")]
    [InlineData("欧阳修远", "欧**远")]
    [InlineData("阿", "*")]
    public void MaskMiddle_KeepsTheFirstAndLastCharacterOnly(string name, string masked) =>
        Assert.Equal(masked, Applicant.MaskMiddle(name));

    [Fact]
    public void Issue_WhenTheHashIsMissing_Throws() =>
        Assert.Throws<ArgumentException>(() => DecisionDocument.Issue(
            Guid.NewGuid(), 3, DocumentKind.Refusal, "ABCDEFGHIJKLMNOP", "20261207-0000000001", "不予救助决定书", "五华区民政局", "李秀英",
            new DateTime(2026, 12, 7, 1, 0, 0, DateTimeKind.Utc), "", 100, "sig", "key"));

    [Fact]
    public void Issue_DatesTheDocumentOnChinasCalendar_AndKeepsOnlyTheMaskedName()
    {
        // 17:30 UTC on 6 December is 01:30 on 7 December in China.
        var document = DecisionDocument.Issue(
            Guid.NewGuid(), 3, DocumentKind.Approval, "ABCDEFGHIJKLMNOP", "20261207-0000000001", "准予救助决定书", "五华区民政局", "李秀英",
            new DateTime(2026, 12, 6, 17, 30, 0, DateTimeKind.Utc), new string('a', 64), 100, "sig", "key");

        Assert.Equal((new DateOnly(2026, 12, 7), "李*英"), (document.IssuedOn, document.MaskedName));
    }
}
