using System.Globalization;
using System.Text;
using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary><c>compare</c>: no difference between runs of the same scenario and seed, the right sign between runs that differ, thresholds and mismatches.</summary>
public sealed class CompareVerbTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Two_runs_of_the_same_scenario_and_seed_show_no_difference()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        await Run(scenario, "first");
        await Run(scenario, "second");

        var outcome = await CliProcess.RunAsync(_temp.Path, "compare", "first", "second", "--out", "run-comparison.csv", "--fail-if", "adopted_fraction:abs-difference>0", "--fail-if", "steps:p<0.99");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var table = CsvTable.Read(_temp.File("run-comparison.csv"));
        table.AssertStartsWith("run_a", "run_b", "metric", "mean_a", "mean_b", "difference", "difference_ci95_lo", "difference_ci95_hi", "welch_p", "mann_whitney_p", "preferred_test");
        Assert.Equal(
            ["adopted_fraction", "adopters", "steps", "exposures", "time_to_50", "peak_step", "word_of_mouth_share", "broadcast_share", "rejected", "cascade_depth"],
            table.Strings("metric"));
        Assert.All(table.Strings("run_a"), run => Assert.Equal("first", run));
        Assert.All(table.Doubles("difference"), d => Assert.Equal(0, d));
        Assert.All(table.Strings("welch_p"), p => Assert.Equal("", p));
        Assert.All(table.Doubles("paired_t_p"), p => Assert.Equal(1, p));
        Assert.All(table.Doubles("wilcoxon_p"), p => Assert.Equal(1, p));
        Assert.All(table.Doubles("p_holm"), p => Assert.Equal(1, p));
        Assert.Contains("paired: same master seed", outcome.Stdout, StringComparison.Ordinal);
        Assert.Equal(table.Doubles("mean_a"), table.Doubles("mean_b"));
        Assert.Contains("adopted_fraction", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lower_probability_is_found_with_a_negative_difference_and_fail_if_exits_3()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        await Run(scenario, "high", "--replicates", "12");
        await Run(scenario, "low", "--replicates", "12", "--set", "model.probability=0.05");

        var outcome = await CliProcess.RunAsync(_temp.Path, "compare", "high", "low", "--out", "low-vs-high.csv", "--fail-if", "adopted_fraction:difference<-0.05");

        Assert.True(outcome.ExitCode == 3, outcome.ToString());
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith("influencesim: compare: threshold crossed: adopted_fraction:difference<-0.05: 'low' vs 'high'", line, StringComparison.Ordinal);
        var table = CsvTable.Read(_temp.File("low-vs-high.csv"));
        double difference = table.Doubles("difference")[0];
        Assert.True(difference < -0.05, $"difference {difference}");
        Assert.True(table.Doubles("difference_ci95_hi")[0] < 0);
        Assert.True(table.Doubles("wilcoxon_p")[0] < 0.01);
        Assert.Equal(12, table.Doubles("pairs")[0]);

        var relaxed = await CliProcess.RunAsync(_temp.Path, "compare", "high", "low", "--out", "low-vs-high.csv", "--force", "--fail-if", "adopted_fraction:difference>0");
        Assert.True(relaxed.ExitCode == 0, relaxed.ToString());
    }

    [Fact]
    public async Task A_parquet_run_compares_with_the_same_numbers_as_its_csv_twin()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        await Run(scenario, "csv", "--format", "csv");
        await Run(scenario, "parquet", "--format", "parquet");
        await Run(scenario, "low", "--format", "csv", "--set", "model.probability=0.05");

        var fromCsv = await CliProcess.RunAsync(_temp.Path, "compare", "low", "csv", "--out", "from-csv.csv");
        var fromParquet = await CliProcess.RunAsync(_temp.Path, "compare", "low", "parquet", "--out", "from-parquet.csv");

        Assert.True(fromCsv.ExitCode == 0, fromCsv.ToString());
        Assert.True(fromParquet.ExitCode == 0, fromParquet.ToString());
        Assert.False(File.Exists(_temp.File(Path.Combine("parquet", "runs.csv"))));
        Assert.Equal(
            File.ReadAllText(_temp.File("from-csv.csv")).Replace(",csv,", ",B,", StringComparison.Ordinal),
            File.ReadAllText(_temp.File("from-parquet.csv")).Replace(",parquet,", ",B,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_later_folder_is_compared_with_the_first_at_every_point()
    {
        WriteRun("a", ("0.1", [10, 12, 11, 13]), ("0.2", [40, 42, 41, 43]));
        WriteRun("b", ("0.1", [10, 12, 11, 13]), ("0.2", [40, 42, 41, 43]));
        WriteRun("c", ("0.1", [20, 22, 21, 23]), ("0.2", [40, 42, 41, 43]));

        var outcome = await CliProcess.RunAsync(_temp.Path, "compare", "a", "b", "c", "--out", "run-comparison.csv", "--fail-if", "adopters:p<0.01");

        Assert.True(outcome.ExitCode == 3, outcome.ToString());
        var table = CsvTable.Read(_temp.File("run-comparison.csv"));
        table.AssertStartsWith("run_a", "run_b", "model.probability", "metric");
        Assert.Equal(24, table.Rows.Count);
        Assert.Equal(["b", "b", "c", "c"], table.Strings("run_b").Where((_, i) => i % 6 == 1));
        Assert.Equal(["0.1", "0.2", "0.1", "0.2"], table.Strings("model.probability").Where((_, i) => i % 6 == 1));
        Assert.Equal([0, 0, 10, 0], table.Doubles("difference").Where((_, i) => i % 6 == 1));
        var crossing = Assert.Single(outcome.ErrorLines);
        Assert.Contains("adopters:p<0.01: 'c' vs 'a' at model.probability = 0.1", crossing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mismatched_points_exit_2_naming_each_point_and_write_nothing()
    {
        WriteRun("a", ("0.1", [1, 2]), ("0.2", [1, 2]));
        WriteRun("b", ("0.1", [1, 2]), ("0.3", [1, 2]));

        var outcome = await CliProcess.RunAsync(_temp.Path, "compare", "a", "b");

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal(
            ["influencesim: compare: point model.probability = 0.2 of 'a' has no match in 'b'", "influencesim: compare: point model.probability = 0.3 of 'b' has no match in 'a'"],
            outcome.ErrorLines);
        Assert.False(File.Exists(_temp.File("run-comparison.csv")));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a", "missing")]
    [InlineData("a", "a", "--fail-if", "adopted_fraction:p>0.1")]
    [InlineData("a", "a", "--fail-if", "reach:p<0.1")]
    public async Task Bad_usage_or_a_missing_folder_exits_2_with_one_line(params string[] args)
    {
        WriteRun("a", ("0.1", [1, 2]));

        var outcome = await CliProcess.RunAsync(_temp.Path, ["compare", .. args]);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Single(outcome.ErrorLines);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("run-comparison.csv")));
    }

    [Fact]
    public async Task An_existing_output_file_is_replaced_only_with_force()
    {
        WriteRun("a", ("0.1", [1, 2]));
        _temp.Write("run-comparison.csv", "keep");

        var refused = await CliProcess.RunAsync(_temp.Path, "compare", "a", "a", "--out", "run-comparison.csv");
        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("add --force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(_temp.File("run-comparison.csv")));

        var forced = await CliProcess.RunAsync(_temp.Path, "compare", "a", "a", "--out", "run-comparison.csv", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal(6, CsvTable.Read(_temp.File("run-comparison.csv")).Rows.Count);
    }

    [Fact]
    public async Task Without_out_compare_prints_whole_rows_and_writes_nothing()
    {
        WriteRun("a", ("0.1", [10, 12, 11, 13]), ("0.2", [40, 42, 41, 43]));
        WriteRun("c", ("0.1", [20, 22, 21, 23]), ("0.2", [40, 42, 41, 43]));

        var outcome = await CliProcess.RunAsync(_temp.Path, "compare", "a", "c");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(["a", "c"], _temp.Entries());
        string[] lines = outcome.Stdout.Split('\n');
        Assert.Equal("B = 'c' (hand, seed 5) against A = 'a' (hand, seed 5)", lines[0]);
        Assert.Contains("At model.probability = 0.1, B - A per metric:", lines);
        Assert.Contains("At model.probability = 0.2, B - A per metric:", lines);
        var row = Assert.Single(lines, line => line.StartsWith("│ adopters ", StringComparison.Ordinal) && line.Contains("│ 11.5 ", StringComparison.Ordinal));
        Assert.Equal(["adopters", "11.5", "21.5", "10.0", "[10.0, 10.0]"], row.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[..5]);
        Assert.All(Tables(lines), table => Assert.Single(table.Select(line => line.Length).Distinct()));
        Assert.DoesNotContain("censored", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("comparison:", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_that_rest_on_replicates_cut_off_at_max_steps_are_marked_censored_with_a_warning()
    {
        WriteRun("a", ("0.1", [10, 12, 11, 13]), ("0.2", [40, 42, 41, 43]));
        WriteRun("b", [("0.1", [10, 12, 11, 13]), ("0.2", [40, 42, 41, 43])], censoredAt: "0.2");

        var outcome = await CliProcess.RunAsync(_temp.Path, "compare", "a", "b", "--out", "run-comparison.csv");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var table = CsvTable.Read(_temp.File("run-comparison.csv"));
        Assert.Equal("censored", table.Columns[^1]);
        Assert.Equal([.. Enumerable.Repeat(0L, 6), .. Enumerable.Repeat(1L, 6)], table.Longs("censored"));
        string[] lines = outcome.Stdout.Split('\n');
        Assert.Equal(12, lines.Count(line => line.StartsWith("│ ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(" │", StringComparison.Ordinal) && !line.StartsWith("│ metric", StringComparison.Ordinal)));
        Assert.Contains(
            "warning: 6 of 12 rows rest on replicates cut off at max-steps while still active (the censored column counts them, A's and B's; ended_by = max-steps in runs.csv): their means and differences compare where the cascades stood when cut off, not where they would have ended",
            lines);
        Assert.Contains($"comparison: {_temp.File("run-comparison.csv")}", lines);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The printed tables: each a run of lines between a top border (┌) and a bottom border (└).</summary>
    private static List<List<string>> Tables(string[] lines)
    {
        var tables = new List<List<string>>();
        foreach (string line in lines)
        {
            if (line.StartsWith('┌'))
            {
                tables.Add([]);
            }

            if (tables.Count > 0 && tables[^1] is { } table && (table.Count == 0 || !table[^1].StartsWith('└')))
            {
                table.Add(line);
            }
        }

        Assert.NotEmpty(tables);
        return tables;
    }

    private async Task Run(string scenario, string folder, params string[] extra)
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, ["run", scenario, "--out", folder, .. extra]);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    /// <summary>
    /// A hand-made run folder of a 100-node network with a <c>model.probability</c> column: per point, each replicate's adopters (one seed, then
    /// the rest at step 1), every one ended by <c>quiet</c>.
    /// </summary>
    private void WriteRun(string name, params (string Probability, long[] Adopters)[] points) => WriteRun(name, points, censoredAt: null);

    /// <summary>As the other overload, with replicate 0 at the point <paramref name="censoredAt"/> ended by <c>max-steps</c>.</summary>
    private void WriteRun(string name, (string Probability, long[] Adopters)[] points, string? censoredAt)
    {
        var runs = new StringBuilder("replicate,seed,adopters,adopted_fraction,steps,exposures,ended_by,model.probability\n");
        var timeseries = new StringBuilder("replicate,step,new_adopters,adopters,exposures,model.probability\n");
        foreach (var (probability, adopters) in points)
        {
            for (int r = 0; r < adopters.Length; r++)
            {
                string endedBy = probability == censoredAt && r == 0 ? "max-steps" : "quiet";
                runs.Append(CultureInfo.InvariantCulture, $"{r},5,{adopters[r]},{adopters[r] / 100.0:R},1,4,{endedBy},{probability}\n");
                timeseries.Append(CultureInfo.InvariantCulture, $"{r},0,1,1,0,{probability}\n{r},1,{adopters[r] - 1},{adopters[r]},4,{probability}\n");
            }
        }

        string folder = _temp.File(name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """{ "seed": 5, "scenario": { "name": "hand" }, "status": "complete" }""");
        File.WriteAllText(Path.Combine(folder, "runs.csv"), runs.ToString());
        File.WriteAllText(Path.Combine(folder, "timeseries.csv"), timeseries.ToString());
    }
}
