using System.Globalization;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Analysis;

/// <summary>Compares run B with run A, point by point and metric by metric (<see cref="ComparedMetric.All"/>).</summary>
public static class RunComparison
{
    /// <summary>
    /// Matches the points of the two runs by their key columns (the same names, in any order) and values
    /// (compared as text), then compares every metric at every point, in A's point order: by the paired tests
    /// when the runs are paired (<see cref="RunPairing"/>), by Welch's and the Mann–Whitney tests otherwise. Runs whose key
    /// columns differ, or with a point that the other lacks, throw <see cref="RunMismatchException"/>
    /// naming every mismatched point: nothing is guessed. A metric that either run does not record (an older
    /// run folder without the attribution columns) is left out. Runs of two different results versions (docs/output.md, "Results
    /// version") are never compared: the same scenario gives other numbers across versions.
    /// </summary>
    public static IReadOnlyList<MetricComparison> Compare(RunData a, RunData b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var matches = Match(a, b);
        var pairing = RunPairing.Of(a, b, matches);
        var metrics = ComparedMetric.All.Where(metric => metric.IsIn(a) && metric.IsIn(b)).ToList();
        return [.. matches.SelectMany(m => metrics.Select(metric => pairing.Paired
            ? ComparePaired(a.Path, b.Path, m.A, m.B, metric)
            : CompareMetric(a.Path, b.Path, m.A, m.B, metric)))];
    }

    /// <summary>
    /// Compares every later run with the first (<see cref="Compare"/>), then corrects the preferred p-values of all
    /// the rows, every run, point and metric, as one family by Holm (<see cref="HolmCorrection"/>).
    /// </summary>
    /// <exception cref="RunMismatchException">Some runs do not match the first; every problem of every run is listed.</exception>
    public static IReadOnlyList<MetricComparison> CompareAll(IReadOnlyList<RunData> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var comparisons = new List<MetricComparison>();
        var problems = new List<string>();
        foreach (var run in runs.Skip(1))
        {
            try
            {
                comparisons.AddRange(Compare(runs[0], run));
            }
            catch (RunMismatchException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        if (problems.Count > 0)
        {
            throw new RunMismatchException(problems);
        }

        var holm = HolmCorrection.Adjust([.. comparisons.Select(c => c.PreferredP)]);
        return [.. comparisons.Select((c, i) => c with { HolmP = holm[i] })];
    }

    /// <summary>Whether B is compared with A as paired runs, and why (<see cref="RunPairing"/>); the points must match as in <see cref="Compare"/>.</summary>
    public static RunPairing PairingOf(RunData a, RunData b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return RunPairing.Of(a, b, Match(a, b));
    }

    private static List<(RunPoint A, RunPoint B)> Match(RunData a, RunData b)
    {
        var problems = new List<string>();
        if (a.ResultsVersion is { } versionA && b.ResultsVersion is { } versionB && versionA != versionB)
        {
            throw new RunMismatchException([string.Create(
                CultureInfo.InvariantCulture,
                $"'{b.Path}' holds results version {versionB} but '{a.Path}' holds results version {versionA}: the same scenario gives other numbers across versions, so they are not compared; run both with one influencesim")]);
        }

        if (!a.KeyColumns.Order(StringComparer.Ordinal).SequenceEqual(b.KeyColumns.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            problems.Add($"'{b.Path}' has key columns [{string.Join(", ", b.KeyColumns)}] but '{a.Path}' has [{string.Join(", ", a.KeyColumns)}]");
            problems.AddRange(a.Points.Select(p => Unmatched(p, a, b)));
            problems.AddRange(b.Points.Select(p => Unmatched(p, b, a)));
            throw new RunMismatchException(problems);
        }

        var inB = b.Points.ToDictionary(p => Identity(p, a.KeyColumns), StringComparer.Ordinal);
        var inA = a.Points.Select(p => Identity(p, a.KeyColumns)).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(a.Points.Where(p => !inB.ContainsKey(Identity(p, a.KeyColumns))).Select(p => Unmatched(p, a, b)));
        problems.AddRange(b.Points.Where(p => !inA.Contains(Identity(p, a.KeyColumns))).Select(p => Unmatched(p, b, a)));
        if (problems.Count > 0)
        {
            throw new RunMismatchException(problems);
        }

        return [.. a.Points.Select(p => (p, inB[Identity(p, a.KeyColumns)]))];
    }

    private static string Unmatched(RunPoint point, RunData run, RunData other) =>
        $"point {point.Label} of '{run.Path}' has no match in '{other.Path}'";

    private static string Identity(RunPoint point, IReadOnlyList<string> columns) =>
        string.Join('\u001f', columns.Select(c => point.Keys.First(k => k.Key == c).Value));

    private static MetricComparison CompareMetric(string runA, string runB, RunPoint a, RunPoint b, ComparedMetric metric)
    {
        double[] valuesA = [.. a.Replicates.Select(metric.Value)];
        double[] valuesB = [.. b.Replicates.Select(metric.Value)];
        var welch = WelchTest.Compare(valuesA, valuesB);
        var mannWhitney = MannWhitneyTest.Compare(valuesA, valuesB);
        return new MetricComparison(
            runA,
            runB,
            a.Keys,
            metric.Name,
            SampleSummary.Of(valuesA).Mean,
            SampleSummary.Of(valuesB).Mean,
            welch.Difference,
            welch.Ci95,
            welch.PValue,
            mannWhitney.PValue,
            TestChoice.For(valuesA, valuesB, welch.PValue is not null))
        {
            Reason = TestChoice.Reason(valuesA, valuesB, welch.PValue is not null),
            Censored = ReplicateEndings.Censored(a.Replicates.Concat(b.Replicates).Select(r => r.Result)),
        };
    }

    private static MetricComparison ComparePaired(string runA, string runB, RunPoint a, RunPoint b, ComparedMetric metric)
    {
        var inB = b.Replicates.ToDictionary(r => r.Result.Replicate);
        double[] valuesA = [.. a.Replicates.Select(metric.Value)];
        double[] valuesB = [.. a.Replicates.Select(r => metric.Value(inB[r.Result.Replicate]))];
        double[] differences = [.. valuesB.Select((v, i) => v - valuesA[i])];
        var t = PairedTTest.Compare(differences);
        var wilcoxon = WilcoxonSignedRankTest.Compare(differences);
        bool defined = t.PValue is not null;
        double meanA = SampleSummary.Of(valuesA).Mean;
        double meanB = SampleSummary.Of(valuesB).Mean;
        return new MetricComparison(
            runA,
            runB,
            a.Keys,
            metric.Name,
            meanA,
            meanB,
            meanB - meanA,
            t.Ci95,
            null,
            null,
            TestChoice.ForPaired(differences, defined))
        {
            Pairs = t.Pairs,
            PairedTP = t.PValue,
            Wilcoxon = wilcoxon,
            Reason = TestChoice.PairedReason(differences, defined),
            Censored = ReplicateEndings.Censored(a.Replicates.Concat(b.Replicates).Select(r => r.Result)),
        };
    }
}
