using FluentValidation;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Validation;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring;

/// <summary>What officials record about a household, on registration and on every update.</summary>
public interface IHouseholdDetails
{
    string HeadName { get; }

    IReadOnlyList<HouseholdMemberInput> Members { get; }

    decimal PerCapitaIncome { get; }

    decimal UnavoidableSpending { get; }

    IReadOnlyList<string>? Hardships { get; }

    bool FormerlyPoor { get; }
}

public sealed record HouseholdMemberInput(string Name, string IdNumber, string Relation);

internal static class HouseholdDetails
{
    public static readonly string[] Relations = ["head", "spouse", "child", "parent", "grandchild", "grandparent", "sibling", "other"];

    public static Hardship HardshipsOf(IReadOnlyList<string>? names) =>
        (names ?? []).Aggregate(Hardship.None, (all, name) => all | Enum.Parse<Hardship>(name, ignoreCase: true));

    public static HouseholdMember ToMember(this HouseholdMemberInput input, IPersonalDataIndex index)
    {
        var idNumber = input.IdNumber.Trim().ToUpperInvariant();
        return new HouseholdMember(input.Name.Trim(), idNumber, index.OfIdNumber(idNumber), input.Relation);
    }

    public static bool IsHardship(string? name) =>
        Enum.TryParse<Hardship>(name, ignoreCase: true, out var flag) && flag != Hardship.None && !char.IsDigit(name![0]) && Enum.IsDefined(flag);
}

internal sealed class HouseholdDetailsValidator : AbstractValidator<IHouseholdDetails>
{
    // A per-person income above this is a typing slip (an extra zero), not a household to monitor.
    private const decimal MaxAmount = 10_000_000m;

    public HouseholdDetailsValidator(TimeProvider clock)
    {
        RuleFor(h => h.HeadName)
            .NotEmpty().WithMessage(_ => Text.Pick("请填写户主姓名。", "Enter the head of the household's name."))
            .MaximumLength(Household.NameMaxLength).WithMessage(_ => Text.Pick($"姓名不能超过{Household.NameMaxLength}个字。", $"Names are at most {Household.NameMaxLength} characters."));
        RuleFor(h => h.Members)
            .NotEmpty().WithMessage(_ => Text.Pick("请至少填写一名家庭成员。", "Enter at least one member."))
            .Must(m => m is null || m.Count <= Household.MaxMembers).WithMessage(_ => Text.Pick($"家庭成员最多{Household.MaxMembers}人。", $"At most {Household.MaxMembers} members."));
        RuleForEach(h => h.Members).NotNull().WithMessage(_ => Text.Pick("成员信息不能为空。", "A member cannot be empty."));
        RuleForEach(h => h.Members).ChildRules(member =>
        {
            member.RuleFor(m => m.Name)
                .NotEmpty().WithMessage(_ => Text.Pick("请填写成员姓名。", "Enter the member's name."))
                .MaximumLength(Household.NameMaxLength).WithMessage(_ => Text.Pick($"姓名不能超过{Household.NameMaxLength}个字。", $"Names are at most {Household.NameMaxLength} characters."));
            member.RuleFor(m => m.IdNumber).Custom((value, context) =>
            {
                if (IdNumberRules.Problem(value, ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime)) is { } problem)
                {
                    context.AddFailure(problem);
                }
            });
            member.RuleFor(m => m.Relation)
                .Must(r => HouseholdDetails.Relations.Contains(r))
                .WithMessage(_ => Text.Pick("与户主关系应为 " + string.Join("、", HouseholdDetails.Relations) + " 之一。", "Relation must be one of " + string.Join(", ", HouseholdDetails.Relations) + "."));
        });
        RuleFor(h => h.Members)
            .Must(m => m is null || m.Select(x => x?.IdNumber?.Trim().ToUpperInvariant()).Distinct().Count() == m.Count)
            .WithMessage(_ => Text.Pick("同一身份证号不能重复登记。", "An ID number appears twice."));
        RuleFor(h => h.PerCapitaIncome)
            .InclusiveBetween(0, MaxAmount).WithMessage(_ => Text.Pick("人均年收入应在 0 到 1000 万元之间。", "Income per person must be between 0 and 10,000,000 yuan."));
        RuleFor(h => h.UnavoidableSpending)
            .InclusiveBetween(0, MaxAmount).WithMessage(_ => Text.Pick("刚性支出应在 0 到 1000 万元之间。", "Unavoidable spending must be between 0 and 10,000,000 yuan."));
        RuleForEach(h => h.Hardships)
            .Must(HouseholdDetails.IsHardship)
            .WithMessage(_ => Text.Pick(
                "困难情形应为 SeriousIllness、Disability、Disaster、SchoolingCosts、LossOfWork、Epidemic 之一。",
                "Hardships are SeriousIllness, Disability, Disaster, SchoolingCosts, LossOfWork or Epidemic."));
    }
}
