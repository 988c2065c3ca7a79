namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary>Memory a strategy holds while it plans, besides the run's own, as the resource estimate lists it (docs/performance.md, "Resource estimate").</summary>
/// <param name="Name">What holds the memory, e.g. <c>reverse-reachable sets</c>.</param>
/// <param name="Bytes">The estimated bytes.</param>
/// <param name="Count">How they were counted, e.g. <c>12 B x 2,000,000 entries</c>.</param>
public sealed record PlanningMemory(string Name, double Bytes, string Count);
