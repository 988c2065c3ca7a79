using InfluenceSim.Analysis;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>Comparing two run folders point by point: no difference between equal runs, the right sign otherwise, and mismatches named.</summary>
public sealed class RunComparisonTests : IDisposable
{
    private static readonly string[] Probability = ["model.probability"];

    private readonly TempFolder _temp = new();

    [Fact]
    public void Equal_runs_differ_by_0_with_p_1_for_every_metric_and_point()
    {
        var a = Run("a", new HandRunFolder(Probability, attribution: true).AddPoint(["0.1"], 6, 3).AddPoint(["0.2"], 6, 20));
        var b = Run("b", new HandRunFolder(Probability, attribution: true).AddPoint(["0.1"], 6, 3).AddPoint(["0.2"], 6, 20));

        var comparisons = RunComparison.Compare(a, b);

        Assert.Equal(2 * ComparedMetric.All.Count, comparisons.Count);
        Assert.All(comparisons, c =>
        {
            Assert.Equal(0, c.Difference);
            Assert.Equal(c.MeanA, c.MeanB);
            Assert.True(c.Paired);
            Assert.Equal(1, c.PairedTP);
            Assert.Equal(1, c.Wilcoxon!.PValue);
        });
        Assert.Equal(
            ["adopted_fraction", "adopters", "steps", "exposures", "time_to_50", "peak_step", "word_of_mouth_share", "broadcast_share", "rejected", "cascade_depth"],
            comparisons.Take(10).Select(c => c.Metric));
        Assert.Equal("model.probability = 0.2", comparisons[10].PointLabel);
    }

    [Fact]
    public void Runs_of_two_results_versions_are_refused_and_a_folder_without_one_is_compared()
    {
        var first = Run("v1", new HandRunFolder(Probability) { ResultsVersion = 1 }.AddPoint(["0.1"], 3, 3));
        var second = Run("v2", new HandRunFolder(Probability) { ResultsVersion = 2 }.AddPoint(["0.1"], 3, 3));
        var unversioned = Run("v0", new HandRunFolder(Probability) { Status = null }.AddPoint(["0.1"], 3, 3));

        var refusal = Assert.Throws<RunMismatchException>(() => RunComparison.Compare(first, second));

        Assert.Equal($"'{second.Path}' holds results version 2 but '{first.Path}' holds results version 1: the same scenario gives other numbers across versions, so they are not compared; run both with one influencesim", refusal.Message);
        Assert.Equal(1, first.ResultsVersion);
        Assert.Null(unversioned.ResultsVersion);
        Assert.NotEmpty(RunComparison.Compare(first, unversioned));
    }

    [Fact]
    public void The_attribution_metrics_compare_the_runs_csv_columns()
    {
        var a = Run("a", new HandRunFolder(Probability, attribution: true).AddPoint(["0.1"], 4, 3));
        var c = Run("c", new HandRunFolder(Probability, attribution: true).AddPoint(["0.1"], 4, 3));

        var comparisons = RunComparison.Compare(a, c);

        // Replicates 0 .. 3: rejected 0 .. 3 (mean 1.5), word of mouth share 0 .. 0.3 (mean 0.15), cascade depth 1.
        Assert.Equal(1.5, comparisons.Single(m => m.Metric == "rejected").MeanA, 12);
        Assert.Equal(0.15, comparisons.Single(m => m.Metric == "word_of_mouth_share").MeanB, 12);
        Assert.Equal(0.5, comparisons.Single(m => m.Metric == "broadcast_share").MeanA);
        Assert.Equal(1, comparisons.Single(m => m.Metric == "cascade_depth").MeanB);
        Assert.Equal(["rejected", "word_of_mouth_share", "broadcast_share", "cascade_depth"], [.. a.RunsColumns.Skip(6).Take(4)]);
    }

    [Fact]
    public void A_run_folder_without_the_attribution_columns_is_compared_on_the_other_metrics()
    {
        var old = Run("old", new HandRunFolder(Probability).AddPoint(["0.1"], 3, 3));
        var current = Run("new", new HandRunFolder(Probability, attribution: true).AddPoint(["0.1"], 3, 3));

        string[] expected = ["adopted_fraction", "adopters", "steps", "exposures", "time_to_50", "peak_step"];

        Assert.Equal(expected, RunComparison.Compare(old, current).Select(c => c.Metric));
        Assert.Equal(expected, RunComparison.Compare(current, old).Select(c => c.Metric));
        Assert.Equal(expected, RunComparison.Compare(old, old).Select(c => c.Metric));
    }

    [Fact]
    public void A_run_with_more_adopters_shows_a_positive_difference()
    {
        var a = Run("a", new HandRunFolder(Probability).AddPoint(["0.1"], 8, 3));
        var b = Run("b", new HandRunFolder(Probability) { Seed = 8 }.AddPoint(["0.1"], 8, 13));

        var adopters = RunComparison.Compare(a, b).Single(c => c.Metric == "adopters");
        var fraction = RunComparison.Compare(a, b).Single(c => c.Metric == "adopted_fraction");

        // A: 1 + (3 .. 10) adopters, mean 7.5; B: 1 + (13 .. 20), mean 17.5.
        Assert.Equal(10, adopters.Difference, 12);
        Assert.Equal(7.5, adopters.MeanA, 12);
        Assert.Equal(0.1, fraction.Difference, 12);
        Assert.True(adopters.DifferenceCi95!.Low > 0);
        Assert.True(adopters.WelchP < 0.001);
        Assert.True(adopters.MannWhitneyP < 0.001);
        Assert.Equal(PreferredTest.Welch, adopters.Preferred);
        Assert.Equal(-10, RunComparison.Compare(b, a).Single(c => c.Metric == "adopters").Difference, 12);
    }

    [Fact]
    public void Points_missing_on_either_side_are_all_named()
    {
        var a = Run("a", new HandRunFolder(Probability).AddPoint(["0.1"], 2, 3).AddPoint(["0.2"], 2, 3));
        var b = Run("b", new HandRunFolder(Probability).AddPoint(["0.1"], 2, 3).AddPoint(["0.3"], 2, 3));

        var problems = Assert.Throws<RunMismatchException>(() => RunComparison.Compare(a, b)).Problems;

        Assert.Equal(
            [$"point model.probability = 0.2 of '{a.Path}' has no match in '{b.Path}'", $"point model.probability = 0.3 of '{b.Path}' has no match in '{a.Path}'"],
            problems);
    }

    [Fact]
    public void Different_key_columns_are_a_mismatch_naming_every_point()
    {
        var a = Run("a", new HandRunFolder(Probability).AddPoint(["0.1"], 2, 3));
        var b = Run("b", new HandRunFolder(["network.nodes"]).AddPoint(["100"], 2, 3).AddPoint(["200"], 2, 3));

        var problems = Assert.Throws<RunMismatchException>(() => RunComparison.Compare(a, b)).Problems;

        Assert.Equal($"'{b.Path}' has key columns [network.nodes] but '{a.Path}' has [model.probability]", problems[0]);
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("network.nodes = 200", StringComparison.Ordinal));
    }

    [Fact]
    public void Key_columns_match_by_name_in_any_order()
    {
        var a = Run("a", new HandRunFolder(["model.probability", "seeding.count"]).AddPoint(["0.1", "5"], 3, 3));
        var b = Run("b", new HandRunFolder(["seeding.count", "model.probability"]).AddPoint(["5", "0.1"], 3, 3));

        var comparisons = RunComparison.Compare(a, b);

        Assert.All(comparisons, c => Assert.Equal(0, c.Difference));
        Assert.Equal("model.probability = 0.1, seeding.count = 5", comparisons[0].PointLabel);
    }

    [Fact]
    public void The_comparison_csv_has_the_key_columns_between_the_runs_and_the_metric()
    {
        var a = Run("a", new HandRunFolder(Probability).AddPoint(["0.1"], 1, 3));
        var b = Run("b", new HandRunFolder(Probability) { Seed = 8 }.AddPoint(["0.1"], 1, 4));

        string[] lines = RunComparisonCsv.Format(a.KeyColumns, RunComparison.CompareAll([a, b])).Split('\n');

        Assert.Equal(
            "run_a,run_b,model.probability,metric,mean_a,mean_b,difference,difference_ci95_lo,difference_ci95_hi,welch_p,mann_whitney_p,preferred_test,p,p_holm," +
            "pairs,paired_t_p,wilcoxon_p,wilcoxon_method,test_reason,censored",
            lines[0]);

        // One replicate each: no interval and no Welch p-value; Mann–Whitney by hand: U = 0 against a mean of 1/2,
        // which the continuity correction takes to z = 0, so p = 1 (and Holm's 1 too). Seeds differ: unpaired.
        Assert.Equal($"{a.Path},{b.Path},0.1,adopters,4,5,1,,,,1,mann-whitney,1,1,,,,,a run has one replicate at the point,0", lines[2]);
        Assert.Equal(8, lines.Length);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Formula_like_key_values_are_read_unguarded_and_guarded_again_in_the_comparison_csv()
    {
        var a = Run("a", new HandRunFolder(["seeding.strategy"]).AddPoint(["'=cmd"], 1, 3).AddPoint(["-0.5"], 1, 3));
        var b = Run("b", new HandRunFolder(["seeding.strategy"]).AddPoint(["'=cmd"], 1, 4).AddPoint(["-0.5"], 1, 4));

        string[] lines = RunComparisonCsv.Format(a.KeyColumns, RunComparison.Compare(a, b)).Split('\n');

        Assert.Equal(["seeding.strategy = =cmd", "seeding.strategy = -0.5"], a.Points.Select(p => p.Label));
        Assert.Contains(lines, line => line.StartsWith($"{a.Path},{b.Path},'=cmd,adopters,", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith($"{a.Path},{b.Path},-0.5,adopters,", StringComparison.Ordinal));
    }

    [Fact]
    public void Runs_with_the_same_seed_results_version_and_replicate_numbers_are_paired()
    {
        var a = Run("a", new HandRunFolder(Probability) { ResultsVersion = 1 }.AddPoint(["0.1"], 8, 3));
        var b = Run("b", new HandRunFolder(Probability) { ResultsVersion = 1 }.AddPoint(["0.1"], 8, 13));

        var pairing = RunComparison.PairingOf(a, b);
        var adopters = RunComparison.Compare(a, b).Single(c => c.Metric == "adopters");

        // Replicate r: 1 + 3 + r adopters in A, 1 + 13 + r in B: every difference is 10. Paired t: sd 0, so p = 0
        // and the interval [10, 10]; Wilcoxon: eight tied differences, by hand W+ = 36, μ = 18,
        // σ² = 8 · 9 · 17/24 - (8³ - 8)/48 = 40.5, z = 17.5/√40.5, p = 0.005962078532093712.
        Assert.Equal(new RunPairing(true, "same master seed 7, results version and replicate numbers at every point"), pairing);
        Assert.Equal(8, adopters.Pairs);
        Assert.Equal(10, adopters.Difference, 12);
        Assert.Equal(new(10, 10), adopters.DifferenceCi95);
        Assert.Equal(PreferredTest.PairedT, adopters.Preferred);
        Assert.Equal(0, adopters.PreferredP);
        Assert.Equal(0.005962078532093712, adopters.Wilcoxon!.PValue, 12);
        Assert.Null(adopters.WelchP);
        Assert.Null(adopters.MannWhitneyP);
        Assert.Equal("the differences are not skewed (|G1| <= 1)", adopters.Reason);
    }

    [Fact]
    public void Runs_that_differ_in_seed_results_version_or_replicate_numbers_are_unpaired()
    {
        var a = Run("a", new HandRunFolder(Probability) { ResultsVersion = 1 }.AddPoint(["0.1"], 4, 3));
        var seed = Run("seed", new HandRunFolder(Probability) { ResultsVersion = 1, Seed = 9 }.AddPoint(["0.1"], 4, 3));
        var version = Run("version", new HandRunFolder(Probability).AddPoint(["0.1"], 4, 3));
        var numbers = Run("numbers", new HandRunFolder(Probability) { ResultsVersion = 1 }.Add(["0.1"], 0, 1, 3).Add(["0.1"], 1, 1, 3).Add(["0.1"], 2, 1, 3).Add(["0.1"], 5, 1, 3));

        Assert.Equal(new RunPairing(false, "master seeds differ (7 and 9)"), RunComparison.PairingOf(a, seed));
        Assert.Equal(new RunPairing(false, "results versions differ (1 and unrecorded)"), RunComparison.PairingOf(a, version));
        Assert.Equal(new RunPairing(false, "replicate numbers differ at model.probability = 0.1"), RunComparison.PairingOf(a, numbers));
        Assert.All(RunComparison.Compare(a, numbers), c =>
        {
            Assert.False(c.Paired);
            Assert.NotNull(c.MannWhitneyP);
        });
    }

    [Fact]
    public void Holm_corrects_every_metric_at_every_point_of_every_run_as_one_family()
    {
        var a = Run("a", new HandRunFolder(Probability).AddPoint(["0.1"], 6, 3).AddPoint(["0.2"], 6, 5));
        var b = Run("b", new HandRunFolder(Probability) { Seed = 8 }.AddPoint(["0.1"], 6, 4).AddPoint(["0.2"], 6, 9));
        var c = Run("c", new HandRunFolder(Probability) { Seed = 9 }.AddPoint(["0.1"], 6, 5).AddPoint(["0.2"], 6, 2));

        var all = RunComparison.CompareAll([a, b, c]);
        double?[] expected = HolmCorrection.Adjust([.. RunComparison.Compare(a, b).Concat(RunComparison.Compare(a, c)).Select(m => m.PreferredP)]);

        Assert.Equal(2 * 2 * 6, all.Count);
        Assert.Equal(expected, all.Select(m => m.HolmP));
        Assert.All(all, m => Assert.True(m.HolmP >= m.PreferredP));
    }

    [Fact]
    public void Every_row_of_a_point_with_replicates_cut_off_at_max_steps_counts_them_in_its_censored_column()
    {
        var a = Run("a", new HandRunFolder(Probability, attribution: true).AddPoint(["0.1"], 3, 3).AddCensored(["0.2"], 0, 1, 9).Add(["0.2"], 1, 1, 4));
        var b = Run("b", new HandRunFolder(Probability, attribution: true).AddPoint(["0.1"], 3, 3).AddCensored(["0.2"], 0, 1, 9).AddCensored(["0.2"], 1, 1, 8));

        var comparisons = RunComparison.Compare(a, b);
        string[] lines = RunComparisonCsv.Format(a.KeyColumns, comparisons).Split('\n');

        Assert.All(comparisons.Where(c => c.PointLabel == "model.probability = 0.1"), c => Assert.Equal(0, c.Censored));
        Assert.All(comparisons.Where(c => c.PointLabel == "model.probability = 0.2"), c => Assert.Equal(3, c.Censored));
        Assert.EndsWith(",0", lines[1], StringComparison.Ordinal);
        Assert.All(lines.Where(line => line.Contains(",0.2,", StringComparison.Ordinal)), line => Assert.EndsWith(",3", line, StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();

    private RunData Run(string name, HandRunFolder folder) => RunFolderReader.Read(folder.Write(_temp.File(name)));
}
