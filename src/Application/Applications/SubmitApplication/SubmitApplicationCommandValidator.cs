using FluentValidation;
using ReliefPlatform.Application.Common.Idempotency;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.SubmitApplication;

internal sealed class SubmitApplicationCommandValidator : AbstractValidator<SubmitApplicationCommand>
{
    public SubmitApplicationCommandValidator(ICatalog catalog, IRegionDirectory regions, TimeProvider clock)
    {
        RuleFor(c => c.IdempotencyKey).MaximumLength(IdempotencyRecord.KeyMaxLength);
        Include(new ApplicationInputValidator(catalog, regions, clock));
        RuleFor(c => c.Relationship)
            .Must(r => r is null || Enum.TryParse<Relationship>(r, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(r, out _))
            .WithMessage(_ => Text.Pick(
                "与申请人的关系应为本人、配偶、子女、父母、兄弟姐妹、祖父母/外祖父母或孙子女/外孙子女之一。",
                "relationship must be one of Self, Spouse, Child, Parent, Sibling, Grandparent, Grandchild."));
    }
}
