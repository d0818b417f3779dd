namespace ReliefPlatform.Domain.Monitoring;

/// <summary>Kunming's five-level early warning, most severe first: Ⅰ red, Ⅱ blue, Ⅲ purple, Ⅳ yellow, Ⅴ green.</summary>
public enum WarningLevel
{
    Red = 1,
    Blue = 2,
    Purple = 3,
    Yellow = 4,
    Green = 5,
}

/// <summary>The monitored groups of 防返贫监测 (a household may be in more than one).</summary>
[Flags]
public enum MonitoringGroup
{
    None = 0,

    /// <summary>脱贫不稳定户: out of poverty, not yet safely.</summary>
    UnstableOutOfPoverty = 1,

    /// <summary>边缘易致贫户: never registered poor, but close to the line.</summary>
    MarginalProneToPoverty = 2,

    /// <summary>突发严重困难户: a sudden blow (illness, disaster, loss of work) whatever the income.</summary>
    SuddenSevereHardship = 4,
}

/// <summary>What officials record about a household's circumstances.</summary>
[Flags]
public enum Hardship
{
    None = 0,
    SeriousIllness = 1,
    Disability = 2,
    Disaster = 4,
    SchoolingCosts = 8,
    LossOfWork = 16,
    Epidemic = 32,
}

/// <summary>The lines a rule compares per-capita income with; <see cref="Warning"/> is the factor (1.5) × the poverty line.</summary>
public enum IncomeLine
{
    Poverty,
    Warning,
    Monitoring,
}
