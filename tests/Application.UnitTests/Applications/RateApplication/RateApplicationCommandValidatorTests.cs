using ReliefPlatform.Application.Applications.RateApplication;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.UnitTests.Fakes;

namespace ReliefPlatform.Application.UnitTests.Applications.RateApplication;

public class RateApplicationCommandValidatorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Validate_WhenTheScoreIsOneToFive_ReturnsNoErrors(int score)
    {
        Assert.True(new RateApplicationCommandValidator().Validate(new RateApplicationCommand(Guid.NewGuid(), score, "很好")).IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Validate_WhenTheScoreIsOutOfRange_ReportsScoreInTheCallersLanguage(int score)
    {
        using var english = new UiCulture("en");

        var result = new RateApplicationCommandValidator().Validate(new RateApplicationCommand(Guid.NewGuid(), score, null));

        var errors = new ValidationException(result.Errors).Errors;
        Assert.Equal(["score"], errors.Keys);
        Assert.Equal("Choose 1 to 5 stars.", errors["score"].Single());
    }

    [Fact]
    public void Validate_WhenTheCommentIsTooLong_ReportsComment()
    {
        var result = new RateApplicationCommandValidator().Validate(new RateApplicationCommand(Guid.NewGuid(), 3, new string('好', 501)));

        Assert.Equal(["comment"], new ValidationException(result.Errors).Errors.Keys);
    }
}
