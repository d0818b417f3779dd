using FluentValidation;

namespace ReliefPlatform.Application.Applications.RequestInformation;

internal sealed class RequestInformationCommandValidator : AbstractValidator<RequestInformationCommand>
{
    public RequestInformationCommandValidator()
    {
        RuleFor(c => c.Reason).Reason();
    }
}
