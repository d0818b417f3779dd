using FluentValidation;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Application.Common.Idempotency;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.FileForHousehold;

internal sealed class FileForHouseholdCommandValidator : AbstractValidator<FileForHouseholdCommand>
{
    public FileForHouseholdCommandValidator(ICatalog catalog)
    {
        RuleFor(c => c.IdempotencyKey).MaximumLength(IdempotencyRecord.KeyMaxLength);
        RuleFor(c => c.ItemCode)
            .NotEmpty().WithMessage(_ => Text.Pick("请选择申请事项。", "Choose a service item."))
            .MustAsync(async (code, ct) => (await catalog.GetAsync(ct)).FindItem(code) is not null)
            .WithMessage(_ => Text.Pick("没有这个申请事项。", "There is no such service item."));
        RuleFor(c => c.Member).InclusiveBetween(0, Domain.Monitoring.Household.MaxMembers - 1).WithMessage(_ => Text.Pick("请选择家庭成员。", "Choose a member of the household."));
        RuleFor(c => c.Phone).MobileNumber();
        RuleFor(c => c.Description)
            .NotEmpty().WithMessage(_ => Text.Pick("请写明这户的困难情况。", "Describe the household's hardship."))
            .MaximumLength(ReliefApplication.DescriptionMaxLength).WithMessage(_ => Text.Pick($"情况说明不能超过{ReliefApplication.DescriptionMaxLength}个字。", $"The description must be at most {ReliefApplication.DescriptionMaxLength} characters."));
    }
}
