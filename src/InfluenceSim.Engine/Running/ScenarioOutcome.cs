using InfluenceSim.Networks;
using InfluenceSim.RunFolders;

namespace InfluenceSim.Engine.Running;

/// <summary>What running a scenario gave: its result, and the network each replicate group ran on (its sweep point's, built again on demand and once per point).</summary>
/// <param name="Result">Every replicate, the headline and the comparison.</param>
/// <param name="NetworkOf">The network of replicate group g, for the per-seed tables.</param>
public sealed record ScenarioOutcome(ExecutionResult Result, Func<int, Network> NetworkOf);
