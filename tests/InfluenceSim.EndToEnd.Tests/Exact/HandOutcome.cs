using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>What one replicate must produce: its time-series rows (step, new adopters, adopters, exposures) and its runs.csv totals, <c>ended_by</c> included.</summary>
public sealed record HandOutcome(IReadOnlyList<(int Step, long NewAdopters, long Adopters, long Exposures)> Rows, long Adopters, int Steps, long Exposures)
{
    /// <summary>The replicate's <c>ended_by</c>: <c>quiet</c> or <c>max-steps</c>.</summary>
    public string EndedBy { get; init; } = "quiet";

    public static HandOutcome Of(ReplicateResult result) =>
        new([.. result.Timeseries.Select(s => (s.Step, s.NewAdopters, s.Adopters, s.Exposures))], result.Adopters, result.Steps, result.Exposures)
        {
            EndedBy = ReplicateEndings.Name(result.EndedBy),
        };

    public static HandOutcome Of(OracleReplicate result) =>
        new([.. result.Rows.Select(s => (s.Step, s.NewAdopters, s.Adopters, s.Exposures))], result.Adopters, result.Steps, result.Exposures)
        {
            EndedBy = result.EndedBy,
        };

    public void AssertSameAs(HandOutcome actual)
    {
        Assert.Equal(Rows, actual.Rows);
        Assert.Equal((Adopters, Steps, Exposures, EndedBy), (actual.Adopters, actual.Steps, actual.Exposures, actual.EndedBy));
    }
}
