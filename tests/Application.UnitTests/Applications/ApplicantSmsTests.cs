using System.Text.Json;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.UnitTests.Applications;

/// <summary>Every text message to a resident fits one SMS, states the deadline where it asks for something, and never ends "。。".</summary>
public class ApplicantSmsTests
{
    // A tracking number as the service makes them: the China date and ten random digits.
    private const string TrackingNumber = "20261231-0472958316";
    private static readonly DateOnly DueDate = new(2026, 12, 31);
    private static readonly DateOnly AnswerBy = new(2026, 12, 30);

    private static readonly (string Item, string Department, IReadOnlyList<string> Unnamed) Longest = LongestSmsNames();

    public static TheoryData<string?, string?> FreeTexts() => new()
    {
        { null, null },
        { "请补充户口簿和收入证明。。", "每月 600 元。" },
        { "家庭人均收入超过当地低保标准。\n请核实。", "  " },
        { new string('超', ReliefApplication.ReasonMaxLength - 1) + "。", new string('元', ReliefApplication.BenefitMaxLength) },
    };

    [Fact]
    public void TheCatalog_GivesEveryItemAndDepartmentAShortName()
    {
        Assert.Empty(Longest.Unnamed);
    }

    [Theory]
    [MemberData(nameof(FreeTexts))]
    public void Of_EveryActionThatTextsTheResident_FitsOneSmsWithoutDoubleStops(string? reason, string? benefit)
    {
        var sent = 0;
        foreach (var action in Enum.GetValues<ApplicationAction>())
        {
            foreach (var withoutAccount in new[] { false, true })
            {
                var text = ApplicantSms.Of(action, Facts(withoutAccount, reason, benefit));
                if (text is null)
                {
                    continue;
                }

                sent++;
                Assert.StartsWith(ApplicantSms.Signature, text, StringComparison.Ordinal);
                Assert.True(ApplicantSms.Length(text) <= ApplicantSms.MaxLength, $"{action}: {ApplicantSms.Length(text)} characters: {text}");
                Assert.DoesNotContain("。。", text, StringComparison.Ordinal);
                Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
                Assert.Contains($"（尾号{TrackingNumber[^4..]}）", text, StringComparison.Ordinal);
                Assert.Contains(Longest.Item, text, StringComparison.Ordinal);
            }
        }

        Assert.Equal(15 * 2, sent);
    }

    [Theory]
    [InlineData(false, "前在平台补交")]
    [InlineData(true, "前交到村（社区）或")]
    public void Of_AnInformationRequest_StatesByWhenAndWhere(bool withoutAccount, string where)
    {
        var text = ApplicantSms.Of(ApplicationAction.InfoRequested, Facts(withoutAccount, "请补充户口簿", null))!;

        Assert.Contains($"请在12月30日{where}", text, StringComparison.Ordinal);
        Assert.EndsWith("：请补充户口簿。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_AReasonTooLongForOneSms_IsCutWithAnEllipsis_AndTheFixedWordsKept()
    {
        var reason = "家庭人均收入" + new string('高', 200);

        var text = ApplicantSms.Of(ApplicationAction.Rejected, Facts(false, reason, null))!;

        Assert.Equal(ApplicantSms.MaxLength, ApplicantSms.Length(text));
        Assert.Contains("，原因：家庭人均收入高", text, StringComparison.Ordinal);
        Assert.EndsWith($"…。决定书可在平台下载，有疑问请联系{Longest.Department}。", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApplicationAction.Approved, false, "。决定书可在平台下载。")]
    [InlineData(ApplicationAction.Rejected, false, "。决定书可在平台下载，有疑问请联系")]
    [InlineData(ApplicationAction.NotAccepted, false, "。决定书可在平台下载。")]
    [InlineData(ApplicationAction.Approved, true, "。决定书可到")]
    [InlineData(ApplicationAction.Rejected, true, "。决定书可到")]
    [InlineData(ApplicationAction.NotAccepted, true, "。决定书可到")]
    public void Of_ADecision_SaysWhereTheWrittenDecisionIs_WithinOneSms(ApplicationAction action, bool withoutAccount, string where)
    {
        var text = ApplicantSms.Of(action, Facts(withoutAccount, new string('超', 200), new string('元', 200)))!;

        Assert.Contains(where, text, StringComparison.Ordinal);
        Assert.True(ApplicantSms.Length(text) <= ApplicantSms.MaxLength, text);
        Assert.Contains("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SignInCode_FitsOneSms()
    {
        var text = ApplicantSms.SignInCode("012345");

        Assert.Equal($"{ApplicantSms.Signature}您的验证码是012345，5分钟内有效，请勿告诉他人。", text);
        Assert.True(ApplicantSms.Length(text) <= ApplicantSms.MaxLength);
    }

    [Fact]
    public void Length_CountsCharacters_NotBytesOrUtf16Units()
    {
        Assert.Equal(12, ApplicantSms.Length(ApplicantSms.Signature + "好😀"));
    }

    private static SmsFacts Facts(bool withoutAccount, string? reason, string? benefit) =>
        new(Longest.Item, Longest.Department, TrackingNumber, DueDate, AnswerBy, withoutAccount, reason, benefit);

    /// <summary>The longest short names in the catalog file the service ships, and any item or department without one.</summary>
    [Theory]
    [InlineData("请到村委会领取临时救助申请表，带上户口簿。。")]
    [InlineData("")]
    public void HelpRequest_RoutedOrAnswered_FitsOneSmsWithoutDoubleStops(string reply)
    {
        var routed = ApplicantSms.HelpRequestRouted(Longest.Department, Longest.Item);
        var answered = ApplicantSms.HelpRequestAnswered(reply.Length == 0 ? new string('答', 500) : reply);

        foreach (var text in new[] { routed, answered })
        {
            Assert.StartsWith(ApplicantSms.Signature, text, StringComparison.Ordinal);
            Assert.True(ApplicantSms.Length(text) <= ApplicantSms.MaxLength, $"{ApplicantSms.Length(text)} characters: {text}");
            Assert.DoesNotContain("。。", text, StringComparison.Ordinal);
        }

        Assert.Contains(Longest.Item, routed, StringComparison.Ordinal);
    }

    private static (string Item, string Department, IReadOnlyList<string> Unnamed) LongestSmsNames()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReliefPlatform.sln")))
        {
            directory = directory.Parent;
        }

        using var catalog = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory!.FullName, "src", "Infrastructure", "SeedData", "catalog.json")));
        var departments = catalog.RootElement.GetProperty("departments").EnumerateArray().ToList();
        var items = departments.SelectMany(d => d.GetProperty("items").EnumerateArray()).ToList();
        var unnamed = departments.Concat(items).Where(e => !e.TryGetProperty("smsName", out _)).Select(e => e.GetProperty("code").GetString()!).ToList();
        string LongestOf(IEnumerable<JsonElement> entries) =>
            entries.Select(e => e.TryGetProperty("smsName", out var s) ? s.GetString()! : e.GetProperty("name").GetString()!).MaxBy(n => n.Length)!;
        return (LongestOf(items), LongestOf(departments), unnamed);
    }
}
