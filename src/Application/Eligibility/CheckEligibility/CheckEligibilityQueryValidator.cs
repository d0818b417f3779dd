using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Eligibility.CheckEligibility;

internal sealed class CheckEligibilityQueryValidator : AbstractValidator<CheckEligibilityQuery>
{
    public CheckEligibilityQueryValidator()
    {
        RuleFor(q => q.Answers).NotNull().WithMessage(_ => Text.Pick("请回答几个问题。", "Answer a few questions."));
        When(q => q.Answers is not null, () =>
        {
            RuleFor(q => q.Answers.Residence)
                .Must(r => r is null or "urban" or "rural").OverridePropertyName("residence")
                .WithMessage(_ => Text.Pick("户口所在地请选城镇（urban）或农村（rural）。", "Residence is urban or rural."));
            RuleFor(q => q.Answers.HouseholdSize)
                .InclusiveBetween(1, 30).When(q => q.Answers.HouseholdSize is not null).OverridePropertyName("householdSize")
                .WithMessage(_ => Text.Pick("家庭人口应在 1 到 30 人之间。", "Household size is 1 to 30."));
            RuleFor(q => q.Answers.IncomePerPerson)
                .InclusiveBetween(0, 10_000_000).When(q => q.Answers.IncomePerPerson is not null).OverridePropertyName("incomePerPerson")
                .WithMessage(_ => Text.Pick("每人每年收入应在 0 到 1000 万元之间。", "Income per person is 0 to 10,000,000 yuan a year."));
            RuleFor(q => q.Answers.MedicalCosts)
                .InclusiveBetween(0, 10_000_000).When(q => q.Answers.MedicalCosts is not null).OverridePropertyName("medicalCosts")
                .WithMessage(_ => Text.Pick("医疗费用应在 0 到 1000 万元之间。", "Medical costs are 0 to 10,000,000 yuan."));
        });
    }
}
