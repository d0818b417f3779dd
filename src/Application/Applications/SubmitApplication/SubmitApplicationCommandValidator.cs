using FluentValidation;
using ReliefPlatform.Application.Common.Idempotency;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Applications.SubmitApplication;

internal sealed class SubmitApplicationCommandValidator : AbstractValidator<SubmitApplicationCommand>
{
    public SubmitApplicationCommandValidator(ICatalog catalog, IRegionDirectory regions, TimeProvider clock)
    {
        RuleFor(c => c.IdempotencyKey).MaximumLength(IdempotencyRecord.KeyMaxLength);
        Include(new ApplicationInputValidator(catalog, regions, clock));
    }
}
