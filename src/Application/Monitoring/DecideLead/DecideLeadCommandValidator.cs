using FluentValidation;
using ReliefPlatform.Application.Common.Validation;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring.DecideLead;

internal sealed class DecideLeadCommandValidator : AbstractValidator<DecideLeadCommand>
{
    public DecideLeadCommandValidator()
    {
        RuleFor(c => c.NoticeFrom).InServiceYears();
        RuleFor(c => c.Decision)
            .Must(d => d is nameof(LeadDecision.Included) or nameof(LeadDecision.NotIncluded))
            .WithMessage(_ => Text.Pick("研判结果应为 Included（纳入监测）或 NotIncluded（不纳入）。", "Decision is Included or NotIncluded."));
        RuleFor(c => c.Reason)
            .NotEmpty().WithMessage(_ => Text.Pick("请写明研判理由。", "Give the reason."))
            .MaximumLength(Lead.ReasonMaxLength).WithMessage(_ => Text.Pick($"理由不能超过{Lead.ReasonMaxLength}个字。", $"At most {Lead.ReasonMaxLength} characters."));
    }
}
