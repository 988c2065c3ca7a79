using InfluenceSim.Engine.Tests.Statistics;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>A sweep's tables carry the point's number, from 0, in a <c>point</c> column just before the key columns.</summary>
public sealed class PointColumnTests
{
    [Fact]
    public void A_sweep_s_runs_and_timeseries_have_the_point_before_the_keys()
    {
        var sweep = KeyedRun.Result() with { Sweep = true };

        var runs = RunsCsv.Table(sweep, 42);
        var timeseries = TimeseriesCsv.Table(sweep);

        Assert.Equal(["point", "seeding.strategy", "model.probability", "network.path"], runs.Columns.Skip(runs.Columns.Count - 4).Select(c => c.Name));
        Assert.Equal(OutputColumn.Integer("point"), runs.Columns[^4]);
        string[] lines = OutputTableCsv.Format(runs).Split('\n');
        Assert.EndsWith(",0,random,0.10,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",1,top-degree,0.2,ties.csv", lines[3], StringComparison.Ordinal);
        Assert.Equal("point", timeseries.Columns[^4].Name);
    }

    [Fact]
    public void A_numeric_key_is_declared_double_whether_or_not_its_values_are_whole()
    {
        Assert.Equal(OutputColumn.Real("network.mean-degree"), OutputColumn.Key("network.mean-degree", ["2", "4", "8"]));
        Assert.Equal(OutputColumn.Real("model.probability"), OutputColumn.Key("model.probability", ["0.5", "1"]));
        Assert.Equal(new OutputColumn("network.path", ColumnType.Real, Nullable: true), OutputColumn.Key("network.path", ["", "3"]));
        Assert.Equal(OutputColumn.Text("seeding.strategy"), OutputColumn.Key("seeding.strategy", ["random", "top-degree"]));
        Assert.Equal(OutputColumn.Integer("n"), OutputColumn.Infer("n", ["2", "4"]));
    }

    [Fact]
    public void A_run_that_is_not_a_sweep_has_no_point_column()
    {
        var comparison = KeyedRun.Result();

        Assert.DoesNotContain(RunsCsv.Table(comparison, 42).Columns, c => c.Name == "point");
        Assert.DoesNotContain(CurvesCsv.Table([([], StepStatistics.Of([Series.Replicate(0, 2, 1)]))]).Columns, c => c.Name == "point");
    }

    [Fact]
    public void A_sweep_s_curves_have_the_point_before_the_keys()
    {
        var curve = StepStatistics.Of([Series.Replicate(0, 2, 1)]);
        IReadOnlyList<KeyValuePair<string, string>> low = [KeyValuePair.Create("model.probability", "0.1")];
        IReadOnlyList<KeyValuePair<string, string>> high = [KeyValuePair.Create("model.probability", "0.2")];

        string[] lines = CurvesCsv.Format([(low, curve), (high, curve)], [0, 1]).Split('\n');

        Assert.EndsWith(",point,model.probability", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",0,0.1", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",1,0.2", lines[3], StringComparison.Ordinal);
    }
}
