using FluentValidation;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RespondToRating;

internal sealed class RespondToRatingCommandValidator : AbstractValidator<RespondToRatingCommand>
{
    public RespondToRatingCommandValidator() =>
        RuleFor(c => c.Response)
            .NotEmpty().WithMessage(_ => Text.Pick("请写明回访情况，申请人会看到这段文字。", "Say what was done; the resident reads it."))
            .MaximumLength(RatingFollowUp.ResponseMaxLength).WithMessage(_ => Text.Pick($"不能超过{RatingFollowUp.ResponseMaxLength}个字。", $"At most {RatingFollowUp.ResponseMaxLength} characters."));
}
