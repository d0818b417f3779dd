using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications;

/// <summary>
/// 入户调查: what the township's officials found at the household, as the investigation stage records it:
/// who went (at least the stage's minimum, names as they sign), when, the household in structured fields
/// and in words, and the means check's answer. Written once; a second visit is a second record.
/// </summary>
public sealed class HomeVisit
{
    public const int VisitorsMaxLength = 200;
    public const int FindingsMaxLength = 2000;
    public const int TextMaxLength = 200;

    private HomeVisit()
    {
        Visitors = Housing = Findings = string.Empty;
    }

    internal HomeVisit(Guid applicationId, int stageSequence, HomeVisitReport report, Guid? recordedBy, DateTime recordedAt, string? meansCheck)
        : this()
    {
        Id = Guid.CreateVersion7();
        ApplicationId = applicationId;
        StageSequence = stageSequence;
        VisitedOn = report.VisitedOn;
        Visitors = string.Join('、', report.Visitors.Select(v => v.Trim()));
        HouseholdSize = report.HouseholdSize;
        MembersUnableToWork = report.MembersUnableToWork;
        MonthlyIncomeYuan = report.MonthlyIncomeYuan;
        Housing = Guard.Text(report.Housing, TextMaxLength, "The housing");
        Findings = Guard.Text(report.Findings, FindingsMaxLength, "The findings");
        MeansCheck = meansCheck;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>The investigation stage it belongs to (<see cref="StageRecord.Sequence"/>).</summary>
    public int StageSequence { get; private set; }

    public DateOnly VisitedOn { get; private set; }

    /// <summary>The visiting officials' names, joined with 、.</summary>
    public string Visitors { get; private set; }

    public int HouseholdSize { get; private set; }

    public int MembersUnableToWork { get; private set; }

    /// <summary>The household's income per month as found, in yuan.</summary>
    public decimal MonthlyIncomeYuan { get; private set; }

    /// <summary>The dwelling as seen (e.g. 土木结构，漏雨).</summary>
    public string Housing { get; private set; }

    public string Findings { get; private set; }

    /// <summary>What the county's household-finances check (居民家庭经济状况核对) answered, when the stage asks for it.</summary>
    public string? MeansCheck { get; private set; }

    public Guid? RecordedBy { get; private set; }

    public DateTime RecordedAt { get; private set; }
}

/// <summary>A home visit as the officials report it.</summary>
public sealed record HomeVisitReport(
    DateOnly VisitedOn, IReadOnlyList<string> Visitors, int HouseholdSize, int MembersUnableToWork, decimal MonthlyIncomeYuan,
    string Housing, string Findings);
