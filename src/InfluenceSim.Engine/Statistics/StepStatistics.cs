using InfluenceSim.Engine.Running;

namespace InfluenceSim.Engine.Statistics;

/// <summary>
/// A point's adoption curve: for every step from 0 to its longest replicate's last step, the mean, sd
/// and t-based 95% interval of adopters and of new adopters over all its replicates.
/// </summary>
public sealed record StepStatistics(IReadOnlyList<StepSummary> Steps)
{
    /// <summary>
    /// Summarises the replicates of one point, in replicate order. A replicate that ended before step t
    /// counts at t with its final adopters and 0 new adopters (its cascade is over, and a pandas
    /// <c>ffill</c> of the curves gives the same), so every step has every replicate and the mean curve
    /// levels off at the mean final adopters. A step missing inside a time series is carried forward alike.
    /// </summary>
    public static StepStatistics Of(IReadOnlyList<ReplicateResult> replicates)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        if (replicates.Count == 0 || replicates.Any(r => r.Timeseries.Count == 0))
        {
            throw new ArgumentException("A point has at least one replicate, each with a time series.", nameof(replicates));
        }

        var ordered = replicates.OrderBy(r => r.Replicate).ToList();
        int last = ordered.Max(r => r.Timeseries[^1].Step);
        var position = new int[ordered.Count];
        var adopters = new double[ordered.Count];
        var newAdopters = new double[ordered.Count];
        var steps = new List<StepSummary>(last + 1);
        for (int t = 0; t <= last; t++)
        {
            for (int i = 0; i < ordered.Count; i++)
            {
                var rows = ordered[i].Timeseries;
                newAdopters[i] = 0;
                while (position[i] < rows.Count && rows[position[i]].Step <= t)
                {
                    var row = rows[position[i]++];
                    adopters[i] = row.Adopters;
                    newAdopters[i] = row.Step == t ? row.NewAdopters : 0;
                }
            }

            steps.Add(new StepSummary(t, ordered.Count, SampleSummary.Of(adopters), SampleSummary.Of(newAdopters)));
        }

        return new StepStatistics(steps);
    }
}
