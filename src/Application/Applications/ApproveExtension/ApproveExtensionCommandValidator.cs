using FluentValidation;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.ApproveExtension;

internal sealed class ApproveExtensionCommandValidator : AbstractValidator<ApproveExtensionCommand>
{
    public ApproveExtensionCommandValidator() => RuleFor(c => c.Note).MaximumLength(ReliefApplication.ReasonMaxLength - 60);
}
