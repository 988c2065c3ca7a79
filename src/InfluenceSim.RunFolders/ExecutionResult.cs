using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.RunFolders;

/// <summary>
/// What a scenario's execution produced: every replicate (of every compared strategy or sweep
/// point, each tagged with its key columns), the replicates that <c>summary.json</c>'s top-level
/// measures summarise (the random baseline in a comparison; every replicate in a sweep), the
/// comparison when there is one, and each sweep point's own result.
/// </summary>
public sealed record ExecutionResult(RunResult Combined, RunResult Headline, IReadOnlyList<StrategyComparison>? Comparison)
{
    /// <summary>The sweep points in order, or empty when the scenario sweeps nothing.</summary>
    public IReadOnlyList<SweepPointResult> Points { get; init; } = [];

    /// <summary>What the seed planning asked the run to print (IMM's sample size and guarantee), in order.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
