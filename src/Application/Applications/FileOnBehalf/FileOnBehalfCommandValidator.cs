using FluentValidation;
using ReliefPlatform.Application.Common.Idempotency;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Applications.FileOnBehalf;

internal sealed class FileOnBehalfCommandValidator : AbstractValidator<FileOnBehalfCommand>
{
    public FileOnBehalfCommandValidator(ICatalog catalog, IRegionDirectory regions, ICurrentUser user, TimeProvider clock)
    {
        RuleFor(c => c.IdempotencyKey).MaximumLength(IdempotencyRecord.KeyMaxLength);
        RuleFor(c => c.Channel)
            .Must(c => c is nameof(FilingChannel.OnBehalf) or nameof(FilingChannel.Official))
            .WithMessage(_ => Text.Pick("渠道应为 OnBehalf（他人代举）或 Official（政府托举）。", "channel must be OnBehalf (他人代举) or Official (政府托举)."));
        Include(new ApplicationInputValidator(catalog, regions, clock));

        // An official files only where they work: the application lands in their own county's queues.
        RuleFor(c => c.RegionCode)
            .Must(code => code is null || user.RegionCode is null || RegionCode.IsWithin(code.Value, user.RegionCode))
            .WithMessage(_ => Text.Pick("只能为本县（市、区）的群众代为申请。", "File only for residents of your own county."));
    }
}
