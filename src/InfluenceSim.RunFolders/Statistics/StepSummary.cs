namespace InfluenceSim.RunFolders.Statistics;

/// <summary>One step of a point's adoption curve: adopters and new adopters summarised over its replicates.</summary>
public sealed record StepSummary(int Step, int Replicates, SampleSummary Adopters, SampleSummary NewAdopters)
{
    /// <summary>The percentile-bootstrap 95% interval of the mean adopters.</summary>
    public Interval? AdoptersBootstrap { get; init; }

    /// <summary>The 5th percentile of adopters over replicates.</summary>
    public double AdoptersP5 { get; init; }

    /// <summary>The median of adopters over replicates.</summary>
    public double AdoptersP50 { get; init; }

    /// <summary>The 95th percentile of adopters over replicates.</summary>
    public double AdoptersP95 { get; init; }
}
