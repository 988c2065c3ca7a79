using InfluenceSim.Engine.Statistics;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// What a scenario's execution produced: every replicate (of every compared strategy, each tagged
/// with its <c>seeding.strategy</c> key), the replicates that <c>summary.json</c>'s top-level
/// measures summarise (the random baseline in a comparison), and the comparison when there is one.
/// </summary>
public sealed record ExecutionResult(RunResult Combined, RunResult Headline, IReadOnlyList<StrategyComparison>? Comparison);
