using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.RunFolders;

/// <summary>One sweep point's result: the swept keys' values and its replicates.</summary>
public sealed record SweepPointResult(int Index, IReadOnlyList<KeyValuePair<string, string>> Keys, RunResult Result)
{
    /// <summary>The point's seeding comparison, when the scenario compares strategies (null otherwise).</summary>
    public IReadOnlyList<StrategyComparison>? Comparison { get; init; }
}
