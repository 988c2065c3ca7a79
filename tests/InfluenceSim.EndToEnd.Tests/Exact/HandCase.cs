using InfluenceSim.EndToEnd.Tests.Cases;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>A run whose every replicate has the same outcome, worked out by hand.</summary>
public sealed record HandCase(SimulationCase Run, HandOutcome Expected);
