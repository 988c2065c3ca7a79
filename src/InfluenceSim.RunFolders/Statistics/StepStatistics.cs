using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders.Statistics;

/// <summary>
/// A point's adoption curve: for every step from 0 to its longest replicate's last step, the mean, sd
/// and t-based 95% interval of adopters and of new adopters over all its replicates, and for adopters
/// also the percentile-bootstrap 95% interval and the 5th, 50th and 95th percentiles.
/// </summary>
public sealed record StepStatistics(IReadOnlyList<StepSummary> Steps)
{
    /// <summary>
    /// Summarises the replicates of one point, in replicate order (<see cref="StepCurve"/>). A replicate that ended
    /// before step t counts at t with its final adopters and 0 new adopters (<see cref="StepSeries"/>), so every step
    /// has every replicate and the mean curve levels off at the mean final adopters. A step missing inside a time
    /// series is carried forward alike.
    /// </summary>
    /// <param name="replicates">The point's replicates.</param>
    /// <param name="masterSeed">The master seed the bootstrap resamples derive from.</param>
    /// <param name="pointIndex">The point's number, so that each point resamples with its own draws (see <see cref="Bootstrap"/>).</param>
    public static StepStatistics Of(IReadOnlyList<ReplicateResult> replicates, long masterSeed = 1, int pointIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        if (replicates.Count == 0 || replicates.Any(r => r.Timeseries.Count == 0))
        {
            throw new ArgumentException("A point has at least one replicate, each with a time series.", nameof(replicates));
        }

        var ordered = replicates.OrderBy(r => r.Replicate).ToList();
        int last = ordered.Max(r => r.Timeseries[^1].Step);
        var adopters = ordered.ConvertAll(r => StepSeries.Fill(r.Timeseries.Select(row => (row.Step, (double)row.Adopters)), last, runningTotal: true));
        var newAdopters = ordered.ConvertAll(r => StepSeries.Fill(r.Timeseries.Select(row => (row.Step, (double)row.NewAdopters)), last, runningTotal: false));
        var adoptersCurve = StepCurve.Of(ordered.Count, last, (i, t) => adopters[i][t]);
        var newAdoptersCurve = StepCurve.Of(ordered.Count, last, (i, t) => newAdopters[i][t]);
        var steps = adoptersCurve.Select((summary, t) => new StepSummary(t, ordered.Count, summary, newAdoptersCurve[t])).ToList();
        IReadOnlyList<double>[] adoptersByStep = [.. Enumerable.Range(0, last + 1).Select(t => (IReadOnlyList<double>)[.. adopters.Select(a => a[t])])];
        var bootstrap = Bootstrap.Ci95(adoptersByStep, masterSeed, pointIndex);
        return new StepStatistics([.. steps.Select((step, t) =>
        {
            var sorted = adoptersByStep[t].Order().ToList();
            return step with
            {
                AdoptersBootstrap = bootstrap[t],
                AdoptersP5 = Percentile.OfSorted(sorted, 0.05),
                AdoptersP50 = Percentile.OfSorted(sorted, 0.5),
                AdoptersP95 = Percentile.OfSorted(sorted, 0.95),
            };
        })]);
    }
}
