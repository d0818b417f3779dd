using FluentValidation;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RecordUrgentHelp;

internal sealed class RecordUrgentHelpCommandValidator : AbstractValidator<RecordUrgentHelpCommand>
{
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>What the history entry adds to the reason: the cash and the goods.</summary>
    private const int GivenTextLength = UrgentAid.GoodsMaxLength + 40;

    public RecordUrgentHelpCommandValidator()
    {
        RuleFor(c => c.Kind)
            .Must(k => Enum.GetNames<UrgentHelpKind>().Contains(k, StringComparer.Ordinal))
            .WithMessage(_ => Text.Pick("请选择发放的是现金、实物还是两者都有（Cash、Goods、CashAndGoods）。", "kind must be Cash, Goods or CashAndGoods."));
        RuleFor(c => c.Amount)
            .Must(a => a is > 0 and <= MaxAmount)
            .When(c => c.Kind is nameof(UrgentHelpKind.Cash) or nameof(UrgentHelpKind.CashAndGoods))
            .WithMessage(_ => Text.Pick("请填写发放的现金金额（元）。", "Give the cash amount in yuan."));
        RuleFor(c => c.Amount)
            .Null().When(c => c.Kind == nameof(UrgentHelpKind.Goods))
            .WithMessage(_ => Text.Pick("只发放实物时不填金额。", "No amount when only goods were given."));
        RuleFor(c => c.Goods)
            .Must(g => !string.IsNullOrWhiteSpace(g) && g.Trim().Length <= UrgentAid.GoodsMaxLength)
            .When(c => c.Kind is nameof(UrgentHelpKind.Goods) or nameof(UrgentHelpKind.CashAndGoods))
            .WithMessage(_ => Text.Pick($"请写明发放的实物，最多 {UrgentAid.GoodsMaxLength} 字。", $"Say which goods were given (at most {UrgentAid.GoodsMaxLength} characters)."));
        RuleFor(c => c.Goods)
            .Null().When(c => c.Kind == nameof(UrgentHelpKind.Cash))
            .WithMessage(_ => Text.Pick("只发放现金时不填实物。", "No goods when only cash was given."));
        RuleFor(c => c.Reason)
            .NotEmpty().WithMessage(_ => Text.Pick("请写明先行救助的理由，申请人会看到这段文字。", "Give the reason for helping first; the applicant will read it."))
            .MaximumLength(ReliefApplication.ReasonMaxLength - GivenTextLength)
            .WithMessage(_ => Text.Pick("理由太长了。", "The reason is too long."));
    }
}
