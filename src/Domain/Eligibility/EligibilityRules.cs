using System.Globalization;

namespace ReliefPlatform.Domain.Eligibility;

/// <summary>
/// A few plain questions a resident (or an official for them) answers before applying. Every answer may
/// be left out; a rule that needs a missing answer says "depends" and which answer would settle it.
/// </summary>
public sealed record EligibilityAnswers
{
    /// <summary>"urban" or "rural": where the household is registered.</summary>
    public string? Residence { get; init; }

    public int? HouseholdSize { get; init; }

    /// <summary>Household income per person per year, yuan.</summary>
    public decimal? IncomePerPerson { get; init; }

    public bool? HasMedicalInsurance { get; init; }

    public bool? SeriousIllness { get; init; }

    public bool? ChronicIllness { get; init; }

    /// <summary>Out-of-pocket medical costs this year, yuan.</summary>
    public decimal? MedicalCosts { get; init; }

    public bool? TreatedOutsideInsuredArea { get; init; }

    /// <summary>Someone of working age and able to work lives in the household.</summary>
    public bool? AbleToWork { get; init; }

    public bool? Unemployed { get; init; }

    public bool? ChildInSchool { get; init; }

    public bool? ChildOutOfSchool { get; init; }

    public bool? HouseUnsafe { get; init; }

    public bool? DrinkingWaterProblem { get; init; }

    /// <summary>Something sudden in the last months: an accident, a fire, a disaster, a death.</summary>
    public bool? SuddenHardship { get; init; }

    /// <summary>Old, disabled or a minor, with no ability to work, no income and nobody obliged to support them (三无).</summary>
    public bool? NoWorkIncomeOrSupporter { get; init; }
}

public enum EligibilityVerdict
{
    LikelyEligible,
    Depends,
    LikelyNot,
}

/// <summary>A verdict on one item with its reasons, each in Chinese and English.</summary>
public sealed record EligibilityResult(string ItemCode, EligibilityVerdict Verdict, IReadOnlyList<(string Zh, string En)> Reasons);

/// <summary>The figures the rules compare with (Yunnan's 低保 standards from 2022-07 as the floor).</summary>
public sealed record EligibilityStandards(decimal UrbanDibao = 8_400, decimal RuralDibao = 5_343, decimal LargeMedicalCosts = 10_000, decimal LowIncomeFactor = 1.5m);

/// <summary>
/// The eligibility pre-check: one small rule per service item, written as code so that each reason is
/// a sentence a resident can act on. It never decides anything: the application is always open, and
/// the caseworker decides by the real rules.
/// </summary>
public static class EligibilityRules
{
    public static readonly IReadOnlyList<string> ItemCodes =
    [
        "civil.dibao", "civil.tekun", "civil.temporary-aid", "medins.enrolment", "medins.offsite-reimbursement", "medins.critical-illness-aid",
        "health.critical-treatment", "health.chronic-care", "hrss.employment", "hrss.training", "hrss.public-welfare-job",
        "edu.student-aid", "edu.dropout", "housing.safety", "water.drinking",
    ];

    public static IReadOnlyList<EligibilityResult> Check(EligibilityAnswers a, EligibilityStandards s) =>
        [.. ItemCodes.Select(code => Check(code, a, s))];

    public static EligibilityResult Check(string itemCode, EligibilityAnswers a, EligibilityStandards s) => itemCode switch
    {
        "civil.dibao" => Dibao(a, s),
        "civil.tekun" => Flag(itemCode, a.NoWorkIncomeOrSupporter,
            ("家中有无劳动能力、无生活来源、无法定赡养抚养扶养义务人的老人、残疾人或未成年人", "someone old, disabled or under age has no ability to work, no income and nobody obliged to support them"),
            ("家中没有“三无”（无劳动能力、无生活来源、无赡养抚养人）人员", "nobody in the household is without ability to work, income and supporters"),
            ("取决于家中是否有无劳动能力、无生活来源、无人赡养抚养的人", "depends on whether someone has no ability to work, no income and nobody to support them")),
        "civil.temporary-aid" => Flag(itemCode, a.SuddenHardship,
            ("最近遭遇了意外、火灾、灾害等突发困难", "something sudden happened recently (an accident, a fire, a disaster)"),
            ("临时救助针对突发的、一时的困难；没有这类情况时可先看看其他事项", "temporary aid is for sudden, short-lived hardship; without it, look at the other items"),
            ("取决于最近是否遭遇突发困难", "depends on whether something sudden happened recently")),
        "medins.enrolment" => Flag(itemCode, a.HasMedicalInsurance is { } insured ? !insured : null,
            ("还没有参加医保，城乡居民都可以参保", "you have no medical insurance yet; every resident may enrol"),
            ("已经参加了医保，不用再登记", "you are already insured"),
            ("取决于是否已经参加医保", "depends on whether you are insured already")),
        "medins.offsite-reimbursement" => a.HasMedicalInsurance == false
            ? Result(itemCode, EligibilityVerdict.LikelyNot, ("报销需要先参加医保", "reimbursement needs medical insurance first"))
            : Flag(itemCode, a.TreatedOutsideInsuredArea,
                ("在参保地以外看过病，费用可以申请报销", "you were treated outside the insured area; the costs can be reimbursed"),
                ("没有在参保地以外看病", "you were not treated outside the insured area"),
                ("取决于是否在参保地以外看过病", "depends on whether you were treated outside the insured area")),
        "medins.critical-illness-aid" => CriticalIllnessAid(a, s),
        "health.critical-treatment" => Flag(itemCode, a.SeriousIllness,
            ("家中有人患大病，可以申请专项救治", "someone has a serious illness; special treatment can be arranged"),
            ("家中没有大病患者", "nobody has a serious illness"),
            ("取决于家中是否有人患大病", "depends on whether someone has a serious illness")),
        "health.chronic-care" => Flag(itemCode, a.ChronicIllness,
            ("家中有慢性病患者，可以签约家庭医生", "someone has a chronic illness; a family doctor can be contracted"),
            ("家中没有慢性病患者", "nobody has a chronic illness"),
            ("取决于家中是否有慢性病患者", "depends on whether someone has a chronic illness")),
        "hrss.employment" => a.AbleToWork == false
            ? Result(itemCode, EligibilityVerdict.LikelyNot, ("家中没有能工作的劳动力", "nobody in the household is able to work"))
            : Flag(itemCode, a.Unemployed,
                ("有劳动力正在找工作", "someone able to work is looking for a job"),
                ("家中劳动力都有工作", "everyone able to work has a job"),
                ("取决于家中是否有人想找工作", "depends on whether someone is looking for work")),
        "hrss.training" => Flag(itemCode, a.AbleToWork,
            ("家中有劳动力，可以免费学一门技能", "someone is able to work and can learn a trade for free"),
            ("家中没有能工作的劳动力", "nobody in the household is able to work"),
            ("取决于家中是否有能工作的劳动力", "depends on whether someone is able to work")),
        "hrss.public-welfare-job" => PublicWelfareJob(a, s),
        "edu.student-aid" => StudentAid(a, s),
        "edu.dropout" => Flag(itemCode, a.ChildOutOfSchool,
            ("有孩子没上学或辍学，请告诉我们，我们帮孩子回到学校", "a child is out of school; tell us and we will help the child back"),
            ("孩子都在上学", "every child is at school"),
            ("取决于是否有孩子没上学", "depends on whether a child is out of school")),
        "housing.safety" => a.Residence == "urban"
            ? Result(itemCode, EligibilityVerdict.LikelyNot, ("这项只针对农村住房", "this item is for rural houses only"))
            : Flag(itemCode, a.HouseUnsafe,
                ("农村住房不安全（漏雨、开裂、倾斜），可以申请改造", "the rural house is unsafe (leaking, cracked, leaning) and can be repaired or rebuilt"),
                ("住房是安全的", "the house is safe"),
                ("取决于住房是否安全", "depends on whether the house is safe")),
        "water.drinking" => a.Residence == "urban"
            ? Result(itemCode, EligibilityVerdict.LikelyNot, ("这项只针对农村饮水", "this item is for rural drinking water only"))
            : Flag(itemCode, a.DrinkingWaterProblem,
                ("家里吃水有困难（没水、水不干净、取水太远）", "getting drinking water is hard (none, unclean, too far)"),
                ("家里吃水没有问题", "drinking water is fine"),
                ("取决于家里吃水是否有困难", "depends on whether getting drinking water is hard")),
        _ => throw new ArgumentOutOfRangeException(nameof(itemCode), itemCode, "No pre-check rule for this item."),
    };

    private static EligibilityResult Dibao(EligibilityAnswers a, EligibilityStandards s)
    {
        const string code = "civil.dibao";
        if (a.IncomePerPerson is not { } income || a.Residence is not ("urban" or "rural"))
        {
            return Result(code, EligibilityVerdict.Depends, ("取决于全家每人每年的收入和户口在城镇还是农村", "depends on the household's income per person and whether it is registered in a town or in the country"));
        }

        var (line, zh, en) = Standard(a.Residence, s);
        return income < line
            ? Result(code, EligibilityVerdict.LikelyEligible,
                ($"全家每人每年收入 {Yuan(income)} 元，低于{zh}低保标准 {Yuan(line)} 元", $"your household's income per person, {Yuan(income)} yuan a year, is under the {en} dibao standard of {Yuan(line)} yuan"),
                ("还要看存款、住房、车辆等家庭财产", "savings, housing and vehicles are also looked at"))
            : Result(code, EligibilityVerdict.LikelyNot,
                ($"全家每人每年收入 {Yuan(income)} 元，不低于{zh}低保标准 {Yuan(line)} 元", $"your household's income per person, {Yuan(income)} yuan a year, is not under the {en} dibao standard of {Yuan(line)} yuan"));
    }

    private static EligibilityResult CriticalIllnessAid(EligibilityAnswers a, EligibilityStandards s)
    {
        const string code = "medins.critical-illness-aid";
        if (a.SeriousIllness == false)
        {
            return Result(code, EligibilityVerdict.LikelyNot, ("家中没有大病患者", "nobody has a serious illness"));
        }

        if (a.SeriousIllness is null)
        {
            return Result(code, EligibilityVerdict.Depends, ("取决于家中是否有人患大病、医疗费用多少", "depends on whether someone has a serious illness and on the medical costs"));
        }

        return a.MedicalCosts is { } costs && costs >= s.LargeMedicalCosts
            ? Result(code, EligibilityVerdict.LikelyEligible, ($"有大病患者，今年自付医疗费 {Yuan(costs)} 元，达到 {Yuan(s.LargeMedicalCosts)} 元", $"a member is seriously ill and paid {Yuan(costs)} yuan this year, at least {Yuan(s.LargeMedicalCosts)} yuan"))
            : Result(code, EligibilityVerdict.Depends, ("有大病患者；能否救助主要看自付医疗费用和家庭收入", "a member is seriously ill; aid depends mainly on the out-of-pocket costs and the household's income"));
    }

    private static EligibilityResult PublicWelfareJob(EligibilityAnswers a, EligibilityStandards s)
    {
        const string code = "hrss.public-welfare-job";
        if (a.AbleToWork == false || a.Unemployed == false)
        {
            return Result(code, EligibilityVerdict.LikelyNot, ("公益性岗位给没有工作、又能工作的困难人员", "public-welfare jobs are for people in hardship who can work and have no job"));
        }

        if (a.Unemployed is null || a.IncomePerPerson is not { } income || a.Residence is not ("urban" or "rural"))
        {
            return Result(code, EligibilityVerdict.Depends, ("取决于是否有人失业，以及家庭收入", "depends on whether someone is out of work, and on the household's income"));
        }

        var (line, zh, en) = Standard(a.Residence, s);
        var low = decimal.Round(line * s.LowIncomeFactor, 0);
        return income < low
            ? Result(code, EligibilityVerdict.LikelyEligible, ($"有人失业，全家每人每年收入 {Yuan(income)} 元，低于{zh}低保标准的 1.5 倍（{Yuan(low)} 元）", $"someone is out of work and income per person, {Yuan(income)} yuan, is under 1.5 x the {en} dibao standard ({Yuan(low)} yuan)"))
            : Result(code, EligibilityVerdict.Depends, ("有人失业；收入不算低，是否安排看当地岗位和困难程度", "someone is out of work; the income is not low, so it depends on local posts and need"));
    }

    private static EligibilityResult StudentAid(EligibilityAnswers a, EligibilityStandards s)
    {
        const string code = "edu.student-aid";
        if (a.ChildInSchool == false)
        {
            return Result(code, EligibilityVerdict.LikelyNot, ("家中没有在读学生", "no child is at school"));
        }

        if (a.ChildInSchool is null || a.IncomePerPerson is not { } income || a.Residence is not ("urban" or "rural"))
        {
            return Result(code, EligibilityVerdict.Depends, ("取决于家中是否有在读学生，以及家庭收入", "depends on whether a child is at school, and on the household's income"));
        }

        var (line, zh, en) = Standard(a.Residence, s);
        var low = decimal.Round(line * s.LowIncomeFactor, 0);
        return income < low
            ? Result(code, EligibilityVerdict.LikelyEligible, ($"有在读学生，全家每人每年收入 {Yuan(income)} 元，低于{zh}低保标准的 1.5 倍（{Yuan(low)} 元）", $"a child is at school and income per person, {Yuan(income)} yuan, is under 1.5 x the {en} dibao standard ({Yuan(low)} yuan)"))
            : Result(code, EligibilityVerdict.Depends, ("有在读学生；收入不算低，可以问问学校的资助老师", "a child is at school; the income is not low, so ask the school's aid office"));
    }

    private static (decimal Line, string Zh, string En) Standard(string residence, EligibilityStandards s) =>
        residence == "urban" ? (s.UrbanDibao, "城镇", "urban") : (s.RuralDibao, "农村", "rural");

    private static EligibilityResult Flag(string code, bool? answer, (string, string) yes, (string, string) no, (string, string) unknown) => answer switch
    {
        true => Result(code, EligibilityVerdict.LikelyEligible, yes),
        false => Result(code, EligibilityVerdict.LikelyNot, no),
        null => Result(code, EligibilityVerdict.Depends, unknown),
    };

    private static EligibilityResult Result(string code, EligibilityVerdict verdict, params (string Zh, string En)[] reasons) => new(code, verdict, reasons);

    private static string Yuan(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
