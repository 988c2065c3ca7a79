using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>docs/output.md and docs/architecture.md ("Determinism"), checked on what the real program wrote for the small scenario.</summary>
public sealed class RunFolderTests(RepeatedRunFixture run) : IClassFixture<RepeatedRunFixture>
{
    private const int Nodes = 500;
    private const int Replicates = 3;
    private const long Seed = 7;

    /// <summary>Student's t quantile 0.975 with 2 degrees of freedom (three replicates).</summary>
    private const double T975With2Df = 4.302652729749464;

    [Fact]
    public void Run_exits_0_and_writes_its_files_and_nothing_beside_them()
    {
        Assert.True(run.FirstOutcome.ExitCode == 0, run.FirstOutcome.ToString());
        Assert.True(run.SecondOutcome.ExitCode == 0, run.SecondOutcome.ToString());
        run.First.AssertHasExactlyItsFiles();
        run.Second.AssertHasExactlyItsFiles();
        Assert.Equal(["first", "second", "small.yaml"], run.Entries);
        Assert.Contains("run folder:", run.FirstOutcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("its report: influencesim report ", run.FirstOutcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_csv_has_the_spec_columns_and_one_row_per_replicate()
    {
        var runs = run.First.RunsCsv;

        runs.AssertStartsWith("replicate", "seed", "adopters", "adopted_fraction", "steps", "exposures");
        Assert.Equal([0, 1, 2], runs.Longs("replicate"));
        Assert.All(runs.Longs("seed"), seed => Assert.Equal(Seed, seed));
        var adopters = runs.Longs("adopters");
        Assert.Equal(adopters.Select(a => (double)a / Nodes), runs.Doubles("adopted_fraction"));
        Assert.All(adopters, a => Assert.InRange(a, 3, Nodes));
    }

    [Fact]
    public void Timeseries_csv_has_the_spec_columns_and_steps_0_to_steps_of_each_replicate()
    {
        var runs = run.First.RunsCsv;
        var series = run.First.TimeseriesCsv;

        series.AssertStartsWith("replicate", "step", "new_adopters", "adopters", "exposures");
        var replicate = series.Longs("replicate");
        var step = series.Longs("step");
        var newAdopters = series.Longs("new_adopters");
        var adopters = series.Longs("adopters");
        var exposures = series.Longs("exposures");
        for (int r = 0; r < Replicates; r++)
        {
            int[] rows = [.. Enumerable.Range(0, replicate.Length).Where(i => replicate[i] == r)];
            long steps = runs.Longs("steps")[r];
            Assert.Equal(Enumerable.Range(0, (int)steps + 1).Select(t => (long)t), rows.Select(i => step[i]));
            Assert.Equal(3, newAdopters[rows[0]]);
            Assert.Equal(0, exposures[rows[0]]);
            Assert.Equal(rows.Select(i => newAdopters[i]).Sum(), adopters[rows[^1]]);
            Assert.Equal(runs.Longs("adopters")[r], adopters[rows[^1]]);
            Assert.InRange(rows.Select(i => exposures[i]).Sum(), 0, runs.Longs("exposures")[r]);
        }
    }

    [Fact]
    public void Summary_json_has_the_network_size_and_mean_sd_ci95_of_fraction_and_steps()
    {
        var summary = run.First.SummaryJson;
        var runs = run.First.RunsCsv;

        Assert.Equal(Nodes, (int)summary["nodes"]!);
        long edges = (long)summary["edges"]!;
        Assert.True(edges > 0 && edges % 2 == 0, $"an undirected network has an even, positive number of directed ties, found {edges}");
        Assert.Equal(Replicates, (int)summary["replicates"]!);
        AssertMeasure(summary, "adopted_fraction", runs.Doubles("adopted_fraction"));
        AssertMeasure(summary, "steps", runs.Doubles("steps"));
    }

    [Fact]
    public void Manifest_json_records_the_tool_the_scenario_the_seed_and_the_phase_timings()
    {
        var manifest = run.First.ManifestJson;

        Assert.False(string.IsNullOrWhiteSpace((string?)manifest["tool"]?["version"]));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(run.ScenarioPath))), (string?)manifest["scenario_sha256"]);
        var scenario = manifest["scenario"]!.AsObject();
        Assert.Equal("small", (string?)scenario["name"]);
        Assert.Equal(Replicates, (int)scenario["replicates"]!);
        Assert.Equal("erdos-renyi", (string?)scenario["network"]?["generator"]);
        Assert.Equal(Seed, (long)manifest["seed"]!);
        Assert.Equal(1, (int)manifest["silos"]!);
        var started = DateTimeOffset.Parse((string)manifest["started_utc"]!, CultureInfo.InvariantCulture);
        var ended = DateTimeOffset.Parse((string)manifest["ended_utc"]!, CultureInfo.InvariantCulture);
        Assert.True(started <= ended, $"started {started:O} after ended {ended:O}");
        var timings = manifest["timings"]!.AsObject();
        Assert.Equal(["activation", "network_build", "output", "propagation"], timings.Select(t => t.Key).Order(StringComparer.Ordinal));
        Assert.All(timings, t => Assert.True((double)t.Value! >= 0, $"timings.{t.Key} = {t.Value}"));
    }

    [Fact]
    public void Rerun_of_the_same_scenario_and_seed_gives_byte_identical_csv_files()
    {
        Assert.Equal(run.First.Bytes(RunFolder.Runs), run.Second.Bytes(RunFolder.Runs));
        Assert.Equal(run.First.Bytes(RunFolder.Timeseries), run.Second.Bytes(RunFolder.Timeseries));
    }

    private static void AssertMeasure(JsonObject summary, string key, double[] values)
    {
        var measure = summary[key]!.AsObject();
        double mean = (double)measure["mean"]!;
        double sd = (double)measure["sd"]!;
        var ci95 = measure["ci95"]!.AsArray();
        Assert.Equal(values.Average(), mean, 1e-12);
        Assert.Equal(Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)), sd, 1e-9);
        double halfWidth = T975With2Df * sd / Math.Sqrt(values.Length);
        Assert.Equal(2, ci95.Count);
        Assert.Equal(mean - halfWidth, (double)ci95[0]!, 1e-9);
        Assert.Equal(mean + halfWidth, (double)ci95[1]!, 1e-9);
    }
}
