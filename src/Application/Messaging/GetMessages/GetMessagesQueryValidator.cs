using FluentValidation;
using ReliefPlatform.Domain.Messaging;

namespace ReliefPlatform.Application.Messaging.GetMessages;

internal sealed class GetMessagesQueryValidator : AbstractValidator<GetMessagesQuery>
{
    public GetMessagesQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => string.IsNullOrEmpty(s) || Enum.TryParse<OutboxMessageStatus>(s, false, out _))
            .WithMessage("Status must be Pending, Sending, Sent or Failed.");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200);
    }
}
