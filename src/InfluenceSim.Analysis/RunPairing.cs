using System.Globalization;

namespace InfluenceSim.Analysis;

/// <summary>Whether two runs are paired, replicate by replicate, and why (docs/analysis.md, "Paired runs").</summary>
/// <param name="Paired">Whether the paired tests are used.</param>
/// <param name="Reason">Why, in words, e.g. <c>same master seed 42, results version and replicate numbers at every point</c>.</param>
public sealed record RunPairing(bool Paired, string Reason)
{
    /// <summary>
    /// Paired when both runs have the same master seed and the same results version (an unrecorded version counts
    /// as its own value) and, at every matched point, the same replicate numbers: replicate r of one run then drew the
    /// same coins as replicate r of the other. Otherwise unpaired, and the reason names the first condition that failed.
    /// </summary>
    public static RunPairing Of(RunData a, RunData b, IReadOnlyList<(RunPoint A, RunPoint B)> points)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(points);
        if (a.Seed != b.Seed)
        {
            return new RunPairing(false, string.Create(CultureInfo.InvariantCulture, $"master seeds differ ({a.Seed} and {b.Seed})"));
        }

        if (a.ResultsVersion != b.ResultsVersion)
        {
            return new RunPairing(false, $"results versions differ ({Version(a)} and {Version(b)})");
        }

        if (points.FirstOrDefault(p => !Numbers(p.A).SequenceEqual(Numbers(p.B))) is { A: not null } unlike)
        {
            return new RunPairing(false, $"replicate numbers differ at {unlike.A.Label}");
        }

        return new RunPairing(true, string.Create(CultureInfo.InvariantCulture, $"same master seed {a.Seed}, results version and replicate numbers at every point"));
    }

    private static IEnumerable<int> Numbers(RunPoint point) => point.Replicates.Select(r => r.Result.Replicate).Order();

    private static string Version(RunData run) => run.ResultsVersion?.ToString(CultureInfo.InvariantCulture) ?? "unrecorded";
}
