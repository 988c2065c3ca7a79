using InfluenceSim.Reporting.Analysis;
using InfluenceSim.Reporting.Charts;
using InfluenceSim.Reporting.Data;
using InfluenceSim.Reporting.Tests.Support;

namespace InfluenceSim.Reporting.Tests.Analysis;

public sealed class SweepStatisticsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Numeric_keys_with_several_values_are_swept_others_are_not()
    {
        Assert.Equal(["model.probability"], SweepStatistics.NumericKeys(SweepGroups()));
    }

    [Fact]
    public void A_measure_against_a_swept_key_has_one_line_per_combination_of_the_other_keys_sorted_by_the_key()
    {
        var lines = SweepStatistics.Lines(SweepGroups(), "model.probability", SweepMetric.AdoptedFraction);

        Assert.Equal(["seeding.strategy = random, network.nodes = 100", "seeding.strategy = top-degree, network.nodes = 100"], lines.Select(l => l.Label));
        Assert.All(lines, l => Assert.Equal([0.1, 0.2], l.X));
        Assert.Equal([0.03, 0.3], lines[0].Y.Select(y => Math.Round(y.Mean, 12)));
        Assert.Equal([0.2, 0.6], lines[1].Y.Select(y => Math.Round(y.Mean, 12)));
        var random = lines[0].Y[1];
        double half = 12.706204736174698 * Math.Sqrt(0.02) / Math.Sqrt(2);
        Assert.Equal(0.3 - half, random.Ci95Low, 9);
        Assert.Equal(0.3 + half, random.Ci95High, 9);
    }

    [Fact]
    public void The_legend_sits_in_the_upper_corner_the_lines_leave_free()
    {
        var rising = SweepStatistics.Lines(SweepGroups(), "model.probability", SweepMetric.AdoptedFraction);
        SweepLine[] falling = [.. rising.Select(l => l with { Y = [.. l.Y.Reverse()] })];

        Assert.Equal(ScottPlot.Alignment.UpperLeft, SweepChart.LegendCorner(rising));
        Assert.Equal(ScottPlot.Alignment.UpperRight, SweepChart.LegendCorner(falling));
    }

    [Fact]
    public void Steps_are_swept_like_any_measure()
    {
        var lines = SweepStatistics.Lines(SweepGroups(), "model.probability", SweepMetric.Steps);

        Assert.Equal([1, 3], lines[0].Y.Select(y => y.Mean));
        Assert.Equal([2, 4], lines[1].Y.Select(y => y.Mean));
    }

    [Fact]
    public void Several_runs_keep_their_own_lines()
    {
        var first = RunFolder.Load(HandMadeRun.Write(_temp, "first", HandMadeRun.SweepRuns, HandMadeRun.SweepTimeseries()));
        var second = RunFolder.Load(HandMadeRun.Write(_temp, "second", HandMadeRun.SweepRuns, HandMadeRun.SweepTimeseries()));
        var groups = RunGrouping.Group(first, true).Concat(RunGrouping.Group(second, true)).ToList();

        var lines = SweepStatistics.Lines(groups, "model.probability", SweepMetric.AdoptedFraction);

        Assert.Equal(4, lines.Count);
        Assert.Equal("second: seeding.strategy = top-degree, network.nodes = 100", lines[3].Label);
    }

    [Theory]
    [InlineData("0.1", 0.1)]
    [InlineData("1E-05", 1e-05)]
    [InlineData("12", 12)]
    public void Key_values_read_as_invariant_numbers(string text, double expected) => Assert.Equal(expected, SweepStatistics.Number(text));

    [Fact]
    public void Text_values_are_not_numbers() => Assert.Null(SweepStatistics.Number("top-degree"));

    public void Dispose() => _temp.Dispose();

    private IReadOnlyList<ReplicateGroup> SweepGroups() =>
        RunGrouping.Group(RunFolder.Load(HandMadeRun.Write(_temp, "sweep", HandMadeRun.SweepRuns, HandMadeRun.SweepTimeseries())), nameRun: false);
}
