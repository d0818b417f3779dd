namespace ReliefPlatform.Domain.Applications;

/// <summary>The extension a caseworker asked for, while a supervisor has not decided it.</summary>
public sealed record PendingExtension(int WorkingDays, string Reason, DateTime RequestedAt);
