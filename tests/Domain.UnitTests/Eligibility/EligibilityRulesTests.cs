using ReliefPlatform.Domain.Eligibility;

namespace ReliefPlatform.Domain.UnitTests.Eligibility;

public sealed class EligibilityRulesTests
{
    private static readonly EligibilityStandards Standards = new();

    /// <summary>Answers that make each item likely, and answers that make it unlikely.</summary>
    private static readonly EligibilityAnswers Yes = new()
    {
        Residence = "rural",
        HouseholdSize = 3,
        IncomePerPerson = 4_800,
        HasMedicalInsurance = false,
        SeriousIllness = true,
        ChronicIllness = true,
        MedicalCosts = 30_000,
        TreatedOutsideInsuredArea = true,
        AbleToWork = true,
        Unemployed = true,
        ChildInSchool = true,
        ChildOutOfSchool = true,
        HouseUnsafe = true,
        DrinkingWaterProblem = true,
        SuddenHardship = true,
        NoWorkIncomeOrSupporter = true,
    };

    private static readonly EligibilityAnswers No = new()
    {
        Residence = "rural",
        HouseholdSize = 3,
        IncomePerPerson = 30_000,
        HasMedicalInsurance = true,
        SeriousIllness = false,
        ChronicIllness = false,
        MedicalCosts = 0,
        TreatedOutsideInsuredArea = false,
        AbleToWork = true,
        Unemployed = false,
        ChildInSchool = false,
        ChildOutOfSchool = false,
        HouseUnsafe = false,
        DrinkingWaterProblem = false,
        SuddenHardship = false,
        NoWorkIncomeOrSupporter = false,
    };

    public static TheoryData<string> Items() => [.. EligibilityRules.ItemCodes];

    [Theory]
    [MemberData(nameof(Items))]
    public void EveryItem_ExplainsEachVerdict_InChineseAndEnglish(string item)
    {
        // The insured resident is the "yes" case for the reimbursement, and training is open to anyone able to work.
        var verdicts = new[]
        {
            (EligibilityRules.Check(item, Yes with { HasMedicalInsurance = item == "medins.offsite-reimbursement" ? true : Yes.HasMedicalInsurance }, Standards), EligibilityVerdict.LikelyEligible),
            (EligibilityRules.Check(item, No with { AbleToWork = item == "hrss.training" ? false : No.AbleToWork }, Standards), EligibilityVerdict.LikelyNot),
            (EligibilityRules.Check(item, new EligibilityAnswers(), Standards), EligibilityVerdict.Depends),
        };

        foreach (var (result, expected) in verdicts)
        {
            Assert.Equal(expected, result.Verdict);
            Assert.NotEmpty(result.Reasons);
            Assert.All(result.Reasons, r =>
            {
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Zh);
                Assert.Matches("^[ -~]+$", r.En);
            });
        }
    }

    [Fact]
    public void Dibao_GivesTheIncomeAndTheStandard_InPlainWords()
    {
        var result = EligibilityRules.Check("civil.dibao", new EligibilityAnswers { Residence = "rural", IncomePerPerson = 4_800 }, Standards);

        Assert.Equal(EligibilityVerdict.LikelyEligible, result.Verdict);
        Assert.Equal("全家每人每年收入 4,800 元，低于农村低保标准 5,343 元", result.Reasons[0].Zh);
        Assert.Equal("your household's income per person, 4,800 yuan a year, is under the rural dibao standard of 5,343 yuan", result.Reasons[0].En);
    }

    [Theory]
    [InlineData("rural", 5_342.99, EligibilityVerdict.LikelyEligible)]
    [InlineData("rural", 5_343, EligibilityVerdict.LikelyNot)]
    [InlineData("urban", 8_399, EligibilityVerdict.LikelyEligible)]
    [InlineData("urban", 8_400, EligibilityVerdict.LikelyNot)]
    public void Dibao_AtTheStandard_IsNotUnderIt(string residence, decimal income, EligibilityVerdict expected) =>
        Assert.Equal(expected, EligibilityRules.Check("civil.dibao", new EligibilityAnswers { Residence = residence, IncomePerPerson = income }, Standards).Verdict);

    [Fact]
    public void RuralOnlyItems_AreUnlikelyInTown_WhateverElseIsTrue()
    {
        var town = Yes with { Residence = "urban" };

        Assert.Equal(EligibilityVerdict.LikelyNot, EligibilityRules.Check("housing.safety", town, Standards).Verdict);
        Assert.Equal(EligibilityVerdict.LikelyNot, EligibilityRules.Check("water.drinking", town, Standards).Verdict);
    }
}
