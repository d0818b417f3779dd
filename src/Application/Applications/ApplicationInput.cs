using FluentValidation;
using ReliefPlatform.Application.Applications.SubmitApplication;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Validation;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Applications;

/// <summary>What an application says, whoever files it: the resident, or an official on the resident's behalf.</summary>
public interface IApplicationInput
{
    ItemCode ItemCode { get; }

    RegionCode RegionCode { get; }

    ApplicantInput Applicant { get; }

    System.Text.Json.JsonElement? Answers { get; }

    string Description { get; }
}

internal sealed class ApplicationInputValidator : AbstractValidator<IApplicationInput>
{
    public ApplicationInputValidator(ICatalog catalog, IRegionDirectory regions, TimeProvider clock)
    {
        RuleFor(c => c.ItemCode)
            .NotEmpty().WithMessage(_ => Text.Pick("请选择申请事项。", "Choose a service item."))
            .MustAsync(async (code, ct) => (await catalog.GetAsync(ct)).FindItem(code) is not null)
            .WithMessage(_ => Text.Pick("没有这个申请事项。", "There is no such service item."));

        RuleFor(c => c.RegionCode)
            .NotEmpty().WithMessage(_ => Text.Pick("请选择所在地区。", "Choose where you live."))
            .Must(code => regions.Find(code?.Value) is { Level: RegionLevel.County or RegionLevel.Township or RegionLevel.Village } r
                          && RegionCode.IsWithin(r.Code, regions.ProvinceCode))
            .WithMessage(_ => Text.Pick("请选择本省的县（市、区）、乡镇或村。", "Choose a county, township or village in this province."));

        RuleFor(c => c.Applicant).NotNull().WithMessage(_ => Text.Pick("请填写申请人信息。", "Enter the applicant's details."));
        When(c => c.Applicant is not null, () =>
        {
            RuleFor(c => c.Applicant.Name)
                .NotEmpty().WithMessage(_ => Text.Pick("请填写姓名。", "Enter the applicant's name."))
                .MaximumLength(Applicant.NameMaxLength).WithMessage(_ => Text.Pick($"姓名不能超过{Applicant.NameMaxLength}个字。", $"The name must be at most {Applicant.NameMaxLength} characters."));
            RuleFor(c => c.Applicant.IdNumber).Custom((value, context) =>
            {
                if (IdNumberRules.Problem(value, Today(clock)) is { } problem)
                {
                    context.AddFailure("applicant.idNumber", problem);
                }
            });
            RuleFor(c => c.Applicant.Phone).MobileNumber();
        });

        RuleFor(c => c.Description)
            .NotEmpty().WithMessage(_ => Text.Pick("请用几句话说说您遇到的困难。", "Describe the hardship in a few sentences."))
            .MaximumLength(ReliefApplication.DescriptionMaxLength).WithMessage(_ => Text.Pick($"情况说明不能超过{ReliefApplication.DescriptionMaxLength}个字。", $"The description must be at most {ReliefApplication.DescriptionMaxLength} characters."));

        RuleFor(c => c).CustomAsync(async (command, context, ct) =>
        {
            var item = (await catalog.GetAsync(ct)).FindItem(command.ItemCode);
            if (item is null)
            {
                return;
            }

            foreach (var (field, messages) in AnswerSheet.Check(item, command.Answers).Errors)
            {
                foreach (var message in messages)
                {
                    context.AddFailure(field, message);
                }
            }
        });
    }

    private static DateOnly Today(TimeProvider clock) => ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
}
