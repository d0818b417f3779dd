using FluentValidation;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RateApplication;

internal sealed class RateApplicationCommandValidator : AbstractValidator<RateApplicationCommand>
{
    public RateApplicationCommandValidator()
    {
        RuleFor(c => c.Score).InclusiveBetween(ApplicationRating.MinScore, ApplicationRating.MaxScore)
            .WithMessage(_ => Text.Pick("请选择 1 到 5 颗星。", "Choose 1 to 5 stars."));
        RuleFor(c => c.Comment).MaximumLength(ApplicationRating.CommentMaxLength)
            .WithMessage(_ => Text.Pick($"评价内容不能超过 {ApplicationRating.CommentMaxLength} 个字。", $"The comment can be at most {ApplicationRating.CommentMaxLength} characters."));
    }
}
