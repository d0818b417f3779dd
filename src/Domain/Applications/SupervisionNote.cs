namespace ReliefPlatform.Domain.Applications;

/// <summary>
/// 督办: a supervisor's written instruction on one open application, with the working day by which the
/// department must act. Part of the application: it closes by itself when the application is decided
/// (approved, rejected, not accepted) or withdrawn.
/// </summary>
public sealed class SupervisionNote
{
    public const int NoteMaxLength = 500;

    private SupervisionNote()
    {
        SupervisorUsername = RegionCode = Note = string.Empty;
    }

    internal SupervisionNote(Guid applicationId, Guid supervisorId, string supervisorUsername, Regions.RegionCode regionCode, string note, DateOnly deadline, DateTime issuedAt)
    {
        Id = Guid.CreateVersion7();
        ApplicationId = applicationId;
        SupervisorId = supervisorId;
        SupervisorUsername = supervisorUsername;
        RegionCode = regionCode.Value;
        Note = note;
        Deadline = deadline;
        IssuedAt = issuedAt;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid SupervisorId { get; private set; }

    public string SupervisorUsername { get; private set; }

    /// <summary>The supervisor's region (county, prefecture or province) at the time.</summary>
    public string RegionCode { get; private set; }

    public string Note { get; private set; }

    /// <summary>The working day (China date) by which the department must have acted.</summary>
    public DateOnly Deadline { get; private set; }

    public DateTime IssuedAt { get; private set; }

    /// <summary>When the application was decided or withdrawn; null while the instruction stands.</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>Still open after its deadline on <paramref name="today"/> (China date).</summary>
    public bool IsLapsedOn(DateOnly today) => ClosedAt is null && today > Deadline;

    internal void Close(DateTime nowUtc) => ClosedAt ??= nowUtc;
}
