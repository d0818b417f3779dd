namespace ReliefPlatform.Application.Reports.Exports;

/// <summary>Configuration <c>Exports:*</c>.</summary>
public sealed class ExportSettings
{
    /// <summary>Exports with more rows than this run as background work instead of in the request.</summary>
    public int BackgroundRowThreshold { get; set; } = 20_000;

    /// <summary>Progress is saved every this many rows.</summary>
    public int ProgressEvery { get; set; } = 10_000;
}
