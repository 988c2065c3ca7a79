using System.Net;
using InfluenceSim.Reporting.Data;
using InfluenceSim.Reporting.Html;
using InfluenceSim.Reporting.Tests.Support;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Reporting.Tests.Data;

/// <summary>A run folder whose tables hold a value the writer quotes over two lines is reported with the numbers of its rows.</summary>
public sealed class QuotedValueTests : IDisposable
{
    private const string Strategy = "top \"degree\",\nhub";

    private readonly TempFolder _temp = new();

    [Fact]
    public void A_key_value_with_a_line_break_a_comma_and_a_quote_keeps_its_rows_and_numbers()
    {
        string folder = Write();

        var run = RunFolder.Load(folder);

        Assert.Equal(4, run.Runs.Rows.Count);
        Assert.Equal([2, 4, 6, 7], Enumerable.Range(0, 4).Select(run.Runs.Line));
        Assert.Equal([Strategy, Strategy, "random", "random"], Enumerable.Range(0, 4).Select(r => run.Runs.Text(r, run.Runs.IndexOf("seeding.strategy"))));
        Assert.Equal(Strategy, Assert.Single(ComparisonRow.ReadAll(run.Comparison!), r => r.Strategy != "random").Strategy);
    }

    [Fact]
    public void The_report_shows_the_numbers_of_the_quoted_group_and_comparison_row()
    {
        string html = File.ReadAllText(ReportGenerator.Generate(new([Write()], null, false)).HtmlPath);

        string label = WebUtility.HtmlEncode($"seeding.strategy = {Strategy}");
        Assert.Contains($"<tr><td>{label}</td><td class=\"n\">2</td><td class=\"n\">{NumberText.Format(SampleSummary.Of([0.5, 0.7]))}</td><td class=\"n\">{NumberText.Format(SampleSummary.Of([2.0, 3.0]))}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><td>seeding.strategy = random</td><td class=\"n\">2</td><td class=\"n\">{NumberText.Format(SampleSummary.Of([0.2, 0.4]))}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><td>{WebUtility.HtmlEncode(Strategy)}</td><td class=\"n\">2</td><td class=\"n\">{NumberText.Format(0.6, 0.5, 0.7)}</td><td class=\"n\">{NumberText.Format(0.3, 0.1, 0.5)}</td><td class=\"n\">{NumberText.Format(2)}</td></tr>", html, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Two replicates of the odd strategy (fractions 0.5 and 0.7, 2 and 3 steps) and two of random (0.2 and 0.4) on 10 nodes.</summary>
    private string Write()
    {
        string name = CsvFormat.Text(Strategy);
        string runs = $"replicate,seed,adopters,adopted_fraction,steps,exposures,seeding.strategy\n0,1,5,0.5,2,6,{name}\n1,1,7,0.7,3,8,{name}\n0,1,2,0.2,1,6,random\n1,1,4,0.4,1,6,random\n";
        string timeseries = $"replicate,step,new_adopters,adopters,exposures,seeding.strategy\n"
            + $"0,0,2,2,0,{name}\n0,1,2,4,4,{name}\n0,2,1,5,6,{name}\n"
            + $"1,0,2,2,0,{name}\n1,1,3,5,4,{name}\n1,2,1,6,6,{name}\n1,3,1,7,8,{name}\n"
            + "0,0,1,1,0,random\n0,1,1,2,6,random\n1,0,2,2,0,random\n1,1,2,4,6,random\n";
        string comparison = HandMadeRun.Comparison.Replace("top-degree", name, StringComparison.Ordinal);
        return HandMadeRun.Write(_temp, "quoted", runs, timeseries, comparison: comparison);
    }
}
