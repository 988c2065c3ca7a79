using InfluenceSim.Reporting.Analysis;
using InfluenceSim.Reporting.Charts;
using InfluenceSim.Reporting.Data;
using InfluenceSim.Reporting.Tests.Support;

namespace InfluenceSim.Reporting.Tests.Analysis;

/// <summary>The cause columns of a run folder as the engine writes it: found exactly, read per step, labelled as people read them.</summary>
public sealed class CauseColumnsTests : IDisposable
{
    private static readonly string[] Causes = ["cause_seed", "cause_broadcast", "cause_prescription", "cause_social_proof"];

    private readonly TempFolder _temp = new();

    [Fact]
    public void Exactly_the_four_cause_columns_are_causes_and_none_is_a_key()
    {
        var run = AttributionRun();

        Assert.Equal(Causes, RunGrouping.CauseColumns(run.Timeseries));
        Assert.Equal(["seeding.strategy"], run.Runs.KeyColumns);
        var groups = RunGrouping.Group(run, nameRun: false);
        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Equal(Causes, g.Causes));
        var random = Assert.Single(groups[0].Trajectories);
        Assert.Equal([2, 0, 0, 0], Causes.Select(c => random.ValueAt(c, 0)));
        Assert.Equal([0, 1, 1, 1], Causes.Select(c => random.ValueAt(c, 1)));
    }

    [Fact]
    public void One_group_is_labelled_by_the_causes_alone_and_leaves_out_a_cause_it_never_saw()
    {
        var group = RunGrouping.Group(AttributionRun(), nameRun: false)[1];

        var curves = BreakdownCharts.Causes.Curves(group, group.LastStep);

        Assert.Equal(["seed", "prescription", "social proof"], curves.Select(c => c.Label));
        Assert.Equal([2, 0], curves[0].Points.Select(p => p.Mean));
        Assert.Equal([0, 2], curves[2].Points.Select(p => p.Mean));
    }

    [Fact]
    public void Several_groups_get_a_chart_per_cause_with_a_line_per_group_that_saw_it()
    {
        var groups = RunGrouping.Group(AttributionRun(), nameRun: false);

        var seed = BreakdownCharts.Causes.ColumnCurves(groups, "cause_seed", 1);
        var broadcast = BreakdownCharts.Causes.ColumnCurves(groups, "cause_broadcast", 1);
        var charts = BreakdownCharts.Causes.Create(groups, SeriesColours.For(groups));

        Assert.Equal(["seeding.strategy = random", "seeding.strategy = top-degree"], seed.Select(l => l.Curve.Label));
        Assert.Equal(["seeding.strategy = random"], broadcast.Select(l => l.Curve.Label));
        Assert.Equal(
            ["Adoption by cause: seed", "Adoption by cause: broadcast", "Adoption by cause: prescription", "Adoption by cause: social proof"],
            charts.Select(c => c.Title));
        Assert.All(charts, c => Assert.Equal(c.Series.Count, c.Series.Select(s => s.Colour).Distinct().Count()));
    }

    [Fact]
    public void Exposure_columns_are_read_and_charted_by_kind_leaving_out_a_kind_never_seen()
    {
        var groups = RunGrouping.Group(AttributionRun(), nameRun: false);
        var topDegree = groups[1];

        Assert.Equal(["exposures_social_proof", "exposures_prescription", "exposures_broadcast", "exposures_negative"], topDegree.Exposures);
        Assert.Equal(6, Assert.Single(topDegree.Trajectories).ValueAt("exposures_social_proof", 1));
        var curves = BreakdownCharts.Exposures.Curves(topDegree, topDegree.LastStep);
        Assert.Equal(["social proof", "prescription", "broadcast"], curves.Select(c => c.Label));
        Assert.NotEmpty(BreakdownCharts.Exposures.Create(groups, SeriesColours.For(groups)));
    }

    [Theory]
    [InlineData("cause_seed", "seed")]
    [InlineData("cause_social_proof", "social proof")]
    [InlineData("cause_word_of_mouth", "word of mouth")]
    [InlineData("because", "because")]
    public void A_cause_column_reads_without_its_prefix_and_underscores(string column, string label)
    {
        Assert.Equal(label, RunGrouping.CauseLabel(column));
    }

    public void Dispose() => _temp.Dispose();

    private RunFolder AttributionRun() =>
        RunFolder.Load(HandMadeRun.Write(_temp, "attribution", HandMadeRun.AttributionRuns, HandMadeRun.AttributionTimeseries));
}
