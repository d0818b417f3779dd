using System.Globalization;
using ReliefPlatform.Application.Notifications;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Notifications;

namespace ReliefPlatform.Application.UnitTests.Notifications;

public class NotificationTitlesTests
{
    public static TheoryData<string> Languages => new() { "zh-CN", "en" };

    /// <summary>A kind without a title of its own once fell through to the escalation's words: a 复核 notice read "升级督办".</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryKind_HasATitleOfItsOwn(string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            var titles = Enum.GetValues<NotificationKind>()
                .ToDictionary(k => k, k => NotificationTitles.Of(k, 3, "YN20261206000001", new DateOnly(2026, 12, 10), new DeadlinePolicy()));

            Assert.All(titles, t => Assert.NotEqual(t.Key.ToString(), t.Value));
            Assert.All(titles.Values, t => Assert.False(string.IsNullOrWhiteSpace(t)));
            Assert.Equal(titles.Count, titles.Values.Distinct().Count());
            Assert.StartsWith(language == "en" ? "Review asked" : "申请复核", titles[NotificationKind.Appealed], StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
