using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Reporting.Analysis;

/// <summary>
/// One replicate's rows of <c>timeseries.csv</c>, indexed by step from 0 to its last step (a step without a row filled
/// by <see cref="StepSeries"/>). Past its last step a replicate has ended: its adopters stay at their final count and
/// nobody adopts, the same rule.
/// </summary>
/// <remarks><c>Breakdowns</c>: Per cause or exposure column (see <see cref="RunGrouping"/>), the value at each step.</remarks>
public sealed record Trajectory(int Replicate, IReadOnlyList<double> NewAdopters, IReadOnlyList<double> Adopters, IReadOnlyDictionary<string, IReadOnlyList<double>> Breakdowns)
{
    /// <summary>The replicate's last step (its last row).</summary>
    public int LastStep => Adopters.Count - 1;

    /// <summary>Adopters by the end of <paramref name="step"/>, the final count carried forward past the last step.</summary>
    public double AdoptersAt(int step) => Adopters.Count == 0 ? 0 : Adopters[Math.Min(step, Adopters.Count - 1)];

    /// <summary>New adopters at <paramref name="step"/>, 0 past the last step.</summary>
    public double NewAdoptersAt(int step) => step < NewAdopters.Count ? NewAdopters[step] : 0;

    /// <summary>The cause or exposure <paramref name="column"/> at <paramref name="step"/>, 0 past the last step or when the column is absent.</summary>
    public double ValueAt(string column, int step) => Breakdowns.TryGetValue(column, out var values) && step < values.Count ? values[step] : 0;
}
