using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Monitoring;

/// <summary>
/// A household on the monitoring register (防返贫监测), kept by village and township officials: who
/// lives in it, what it earns and spends, what has befallen it, and the warning level and groups the
/// rules give it. Every change of level or group is kept with the rule that caused it.
/// </summary>
public sealed class Household
{
    public const int NameMaxLength = 50;
    public const int MaxMembers = 20;

    private readonly List<HouseholdMember> _members = [];
    private readonly List<HouseholdLevelChange> _changes = [];

    private Household()
    {
        RegionCode = HeadName = ThresholdsKey = string.Empty;
    }

    public Household(Regions.RegionCode regionCode, string headName, Guid registeredBy, DateTime nowUtc)
        : this()
    {
        Id = Guid.CreateVersion7();
        RegionCode = regionCode.Value;
        HeadName = headName;
        RegisteredBy = registeredBy;
        RegisteredAt = UpdatedAt = nowUtc;
        Level = WarningLevel.Green;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    /// <summary>Where the household is registered: a county, township or village code.</summary>
    public string RegionCode { get; private set; }

    public string HeadName { get; private set; }

    public IReadOnlyList<HouseholdMember> Members => _members;

    /// <summary>Disposable income per person per year, yuan.</summary>
    public decimal PerCapitaIncome { get; private set; }

    /// <summary>Unavoidable spending in the last year (medical, schooling, disaster repair), yuan for the household.</summary>
    public decimal UnavoidableSpending { get; private set; }

    public Hardship Hardships { get; private set; }

    /// <summary>Registered poor before (建档立卡脱贫户).</summary>
    public bool FormerlyPoor { get; private set; }

    public WarningLevel Level { get; private set; }

    public MonitoringGroup Groups { get; private set; }

    /// <summary>The rule that set the level; null when no rule did (green).</summary>
    public string? LevelRuleId { get; private set; }

    /// <summary>The thresholds (year/region/revision) of the last evaluation; empty before the first.</summary>
    public string ThresholdsKey { get; private set; }

    public DateTime? EvaluatedAt { get; private set; }

    public Guid RegisteredBy { get; private set; }

    public DateTime RegisteredAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Changes with every update; a caller sending an older one gets a conflict (ADR 0007).</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<HouseholdLevelChange> Changes => _changes;

    public HouseholdFacts Facts => new(PerCapitaIncome, UnavoidableSpending, Hardships, FormerlyPoor);

    /// <summary>Replaces what officials record; the caller evaluates the household again afterwards.</summary>
    public void Record(string headName, IEnumerable<HouseholdMember> members, decimal perCapitaIncome, decimal unavoidableSpending, Hardship hardships, bool formerlyPoor, DateTime nowUtc)
    {
        var list = members.ToList();
        if (list.Count is 0 or > MaxMembers)
        {
            throw new DomainException("invalid-household", Text.Pick($"家庭成员须为 1 到 {MaxMembers} 人。", $"A household has 1 to {MaxMembers} members."));
        }

        if (perCapitaIncome < 0 || unavoidableSpending < 0)
        {
            throw new DomainException("invalid-household", Text.Pick("收入和支出不能为负数。", "Income and spending cannot be negative."));
        }

        HeadName = headName;
        _members.Clear();
        _members.AddRange(list);
        PerCapitaIncome = perCapitaIncome;
        UnavoidableSpending = unavoidableSpending;
        Hardships = hardships;
        FormerlyPoor = formerlyPoor;
        UpdatedAt = nowUtc;
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// What a department's decision established about the household (an approved 低保 its verified income
    /// per person, an approved critical-illness aid a serious illness); answers whether anything changed.
    /// The caller evaluates the household again afterwards.
    /// </summary>
    public bool Learn(decimal? perCapitaIncome, Hardship hardships, DateTime nowUtc)
    {
        var income = perCapitaIncome is { } value && value >= 0 ? value : PerCapitaIncome;
        if (income == PerCapitaIncome && (Hardships & hardships) == hardships)
        {
            return false;
        }

        PerCapitaIncome = income;
        Hardships |= hardships;
        UpdatedAt = nowUtc;
        Version = Guid.NewGuid();
        return true;
    }

    /// <summary>
    /// Takes the rules' assessment; a change of level or groups is recorded with its rule and
    /// explanation (<paramref name="explain"/>: Chinese for false, English for true; asked only then,
    /// since most evaluations move nothing). Answers the change, or null when nothing moved.
    /// </summary>
    public HouseholdLevelChange? Apply(MonitoringAssessment assessment, Func<bool, string> explain, Guid? actorId, DateTime nowUtc)
    {
        var first = EvaluatedAt is null;
        EvaluatedAt = nowUtc;
        ThresholdsKey = assessment.ThresholdsKey;
        if (!first && assessment.Level == Level && assessment.Groups == Groups)
        {
            LevelRuleId = assessment.LevelRuleId;
            return null;
        }

        var change = new HouseholdLevelChange(
            Id, first ? null : Level, assessment.Level, Groups, assessment.Groups, assessment.LevelRuleId, assessment.ThresholdsKey, explain(false), explain(true), actorId, nowUtc);
        _changes.Add(change);
        Level = assessment.Level;
        Groups = assessment.Groups;
        LevelRuleId = assessment.LevelRuleId;
        Version = Guid.NewGuid();
        return change;
    }
}

/// <summary>One person in a household; the ID number is personal data (encrypted, found by its blind index, shown masked).</summary>
public sealed class HouseholdMember
{
    public const int RelationMaxLength = 16;

    private HouseholdMember()
    {
        Name = IdNumber = IdIndex = Relation = string.Empty;
    }

    public HouseholdMember(string name, string idNumber, string idIndex, string relation)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        IdNumber = idNumber;
        IdIndex = idIndex;
        Relation = relation;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string IdNumber { get; private set; }

    /// <summary>Keyed blind index of the ID number: finds a member's household from an application.</summary>
    public string IdIndex { get; private set; }

    /// <summary>head, spouse, child, parent, grandchild, sibling or other.</summary>
    public string Relation { get; private set; }
}

/// <summary>A change of a household's warning level or groups, and the rule and figures behind it.</summary>
public sealed class HouseholdLevelChange
{
    private HouseholdLevelChange()
    {
        ThresholdsKey = ExplanationZh = ExplanationEn = string.Empty;
    }

    internal HouseholdLevelChange(
        Guid householdId, WarningLevel? fromLevel, WarningLevel toLevel, MonitoringGroup fromGroups, MonitoringGroup toGroups,
        string? ruleId, string thresholdsKey, string explanationZh, string explanationEn, Guid? actorId, DateTime at)
        : this()
    {
        Id = Guid.CreateVersion7();
        HouseholdId = householdId;
        FromLevel = fromLevel;
        ToLevel = toLevel;
        FromGroups = fromGroups;
        ToGroups = toGroups;
        RuleId = ruleId;
        ThresholdsKey = thresholdsKey;
        ExplanationZh = explanationZh;
        ExplanationEn = explanationEn;
        ActorId = actorId;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    /// <summary>Null for the first evaluation.</summary>
    public WarningLevel? FromLevel { get; private set; }

    public WarningLevel ToLevel { get; private set; }

    public MonitoringGroup FromGroups { get; private set; }

    public MonitoringGroup ToGroups { get; private set; }

    public string? RuleId { get; private set; }

    public string ThresholdsKey { get; private set; }

    public string ExplanationZh { get; private set; }

    public string ExplanationEn { get; private set; }

    /// <summary>The official whose update caused it; null when the re-evaluation job did (after a threshold change).</summary>
    public Guid? ActorId { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>A move to a more severe level (Ⅴ → Ⅲ, say).</summary>
    public bool Worsened => FromLevel is { } from && ToLevel < from;
}
