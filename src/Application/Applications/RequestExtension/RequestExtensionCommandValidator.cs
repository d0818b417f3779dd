using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RequestExtension;

internal sealed class RequestExtensionCommandValidator : AbstractValidator<RequestExtensionCommand>
{
    public RequestExtensionCommandValidator()
    {
        RuleFor(c => c.WorkingDays).InclusiveBetween(1, 60)
            .WithMessage(_ => Text.Pick("延期天数应在 1 到 60 个工作日之间。", "Ask for 1 to 60 working days."));
        RuleFor(c => c.Reason).Reason();
    }
}
