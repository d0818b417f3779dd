using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.UnitTests.Applications;

public class ApplicationRatingTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Accepted)]
    [InlineData(ApplicationStatus.InfoRequested)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void Give_WhenNotDecided_Throws(ApplicationStatus status)
    {
        var application = new ApplicationBuilder().InStatus(status);

        var error = Assert.Throws<DomainException>(() => ApplicationRating.Give(application, Guid.NewGuid(), 5, null, Now));

        Assert.Equal("not-decided", error.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Give_WhenTheScoreIsOutOfRange_Throws(int score)
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Approved);

        Assert.Equal("invalid-score", Assert.Throws<DomainException>(() => ApplicationRating.Give(application, Guid.NewGuid(), score, null, Now)).Code);
    }

    [Theory]
    [InlineData(ApplicationStatus.Approved, 1, true)]
    [InlineData(ApplicationStatus.Rejected, 2, true)]
    [InlineData(ApplicationStatus.NotAccepted, 3, false)]
    public void Give_AfterADecision_RecordsTheScoreCommentAndDepartment(ApplicationStatus status, int score, bool poor)
    {
        var application = new ApplicationBuilder().InStatus(status);

        var rating = ApplicationRating.Give(application, Guid.NewGuid(), score, "  太慢了  ", Now);

        Assert.Equal((application.Id, score, "太慢了", "civil", poor), (rating.ApplicationId, rating.Score, rating.Comment, rating.DepartmentCode, rating.IsPoor));
    }
}
