namespace ReliefPlatform.Domain.Applications;

public enum FilingChannel
{
    /// <summary>群众举手: the resident files.</summary>
    Resident,

    /// <summary>他人代举: someone files for the resident.</summary>
    OnBehalf,

    /// <summary>政府托举: an official files proactively.</summary>
    Official,
}
