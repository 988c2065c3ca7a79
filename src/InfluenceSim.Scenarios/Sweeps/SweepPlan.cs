namespace InfluenceSim.Scenarios.Sweeps;

/// <summary>
/// A scenario's sweep: the axes, whether they are zipped (paired) or crossed (Cartesian product,
/// the first axis varying slowest), and every point, each a validated scenario.
/// </summary>
public sealed record SweepPlan(IReadOnlyList<SweepAxis> Axes, bool Zip, IReadOnlyList<SweepPoint> Points);
