using FluentValidation;

namespace ReliefPlatform.Application.Auth.RequestOtp;

internal sealed class RequestOtpCommandValidator : AbstractValidator<RequestOtpCommand>
{
    public RequestOtpCommandValidator() => RuleFor(c => c.Phone).MobileNumber();
}
