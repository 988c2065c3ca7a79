using System.Net;
using InfluenceSim.Analysis;
using InfluenceSim.Reporting.Analysis;
using InfluenceSim.Reporting.Data;
using InfluenceSim.Reporting.Html;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Reporting.Tests.Cli;

/// <summary>
/// <c>compare</c> and <c>report</c> of the same run folders give the same mean and 95% interval of a metric at a point:
/// both read the replicates of <c>runs.csv</c> alike and summarise them with the one <see cref="SampleSummary"/>.
/// </summary>
public sealed class CompareReportAgreementTests : IDisposable
{
    /// <summary>The metrics both verbs show: the <c>compare</c> metric and its column in the report's summary table, in table order.</summary>
    private static readonly string[] Metrics = ["adopted_fraction", "steps", "adopters", "exposures"];

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Compare_and_report_give_the_same_mean_and_interval_for_every_metric_at_every_point()
    {
        string scenario = _temp.Write("tiny.yaml", SmallRunFixture.Scenario);
        string[][] runs = [["a"], ["b", "--set", "seed=4"]];
        foreach (string[] run in runs)
        {
            await Succeed(["run", scenario, "--sweep", "model.probability=0.15,0.3", "--out", .. run]);
        }

        await Succeed("compare", "a", "b", "--out", "run-comparison.csv");
        await Succeed("report", "a", "b", "--out", "both.html");

        var comparison = RunFolderTable.Read(_temp.File("run-comparison.csv"));
        string html = File.ReadAllText(_temp.File("both.html"));
        foreach (var (run, meanColumn) in new[] { ("a", "mean_a"), ("b", "mean_b") })
        {
            var compared = RunFolderReader.Read(_temp.File(run));
            var reported = RunGrouping.Group(RunFolder.Load(_temp.File(run)), nameRun: true);
            Assert.Equal(2, compared.Points.Count);
            foreach (var point in compared.Points)
            {
                var group = Assert.Single(reported, g => g.Key.Equals(new GroupKey(point.Keys)));
                var summaries = Metrics.Select(metric => SampleSummary.Of([.. point.Replicates.Select(ComparedMetric.Find(metric)!.Value)])).ToList();
                for (int m = 0; m < Metrics.Length; m++)
                {
                    Assert.Equal(summaries[m].Mean, MeanOf(comparison, point, Metrics[m], meanColumn));
                }

                Assert.Equal(summaries[0], SampleSummary.Of([.. group.Outcomes.Select(SweepMetric.AdoptedFraction.Value)]));
                Assert.Equal(summaries[1], SampleSummary.Of([.. group.Outcomes.Select(SweepMetric.Steps.Value)]));
                Assert.Contains(
                    $"<tr><td>{WebUtility.HtmlEncode(group.Label)}</td><td class=\"n\">{point.Replicates.Count}</td>{string.Concat(summaries.Select(s => $"<td class=\"n\">{NumberText.Format(s)}</td>"))}",
                    html,
                    StringComparison.Ordinal);
            }
        }
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The <paramref name="column"/> (<c>mean_a</c> or <c>mean_b</c>) of the comparison row of <paramref name="metric"/> at <paramref name="point"/>.</summary>
    private static double MeanOf(RunFolderTable comparison, RunPoint point, string metric, string column)
    {
        int metricColumn = comparison.IndexOf("metric");
        var keyColumns = point.Keys.Select(k => (Column: comparison.IndexOf(k.Key), k.Value)).ToList();
        int row = Enumerable.Range(0, comparison.Rows.Count)
            .Single(r => comparison.Text(r, metricColumn) == metric && keyColumns.All(k => comparison.Text(r, k.Column) == k.Value));
        return comparison.Real(row, comparison.IndexOf(column));
    }

    private async Task Succeed(params string[] args)
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, args);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }
}
