namespace InfluenceSim.Scenarios.Sweeps;

/// <summary>One point of a sweep: its number, the value of each swept key (in axis order) and the scenario it makes.</summary>
public sealed record SweepPoint(int Index, IReadOnlyList<KeyValuePair<string, string>> Assignments, Scenario Scenario);
