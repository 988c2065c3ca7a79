using InfluenceSim.Reporting.Analysis;
using InfluenceSim.Reporting.Data;
using InfluenceSim.Reporting.Tests.Support;
using InfluenceSim.RunFolders;

namespace InfluenceSim.Reporting.Tests.Analysis;

public sealed class RunGroupingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Rows_with_equal_key_values_form_one_group_in_the_order_the_file_shows_them()
    {
        var groups = RunGrouping.Group(SweepRun(), nameRun: false);

        Assert.Equal(
            [
                "model.probability = 0.2, seeding.strategy = random, network.nodes = 100",
                "model.probability = 0.2, seeding.strategy = top-degree, network.nodes = 100",
                "model.probability = 0.1, seeding.strategy = random, network.nodes = 100",
                "model.probability = 0.1, seeding.strategy = top-degree, network.nodes = 100",
            ],
            groups.Select(g => g.Label));
        Assert.All(groups, g => Assert.Equal(2, g.Outcomes.Count));
        Assert.All(groups, g => Assert.Equal(2, g.Trajectories.Count));
        Assert.All(groups, g => Assert.Equal(0.01, g.FractionPerAdopter, 12));
        Assert.Equal([50, 70], groups[1].Outcomes.Select(o => o.Result.Adopters));
        Assert.Equal([10, 30], groups[3].Trajectories.Select(t => t.AdoptersAt(1)));
    }

    [Fact]
    public void Key_columns_are_the_dotted_scenario_paths()
    {
        Assert.Equal(["model.probability", "seeding.strategy", "network.nodes"], SweepRun().Runs.KeyColumns);
    }

    [Fact]
    public void Several_runs_prefix_labels_with_the_run_and_a_run_without_keys_is_named_by_its_folder()
    {
        var carry = RunFolder.Load(HandMadeRun.Write(_temp, "carry", HandMadeRun.CarryForwardRuns, HandMadeRun.CarryForwardTimeseries));

        Assert.Equal("carry", Assert.Single(RunGrouping.Group(carry, nameRun: true)).Label);
        Assert.StartsWith("sweep: model.probability = 0.2", RunGrouping.Group(SweepRun(), nameRun: true)[0].Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Cause_columns_are_found_by_name_and_absent_otherwise()
    {
        string timeseries = "replicate,step,new_adopters,adopters,exposures,cause_broadcast,cause_word_of_mouth\n0,0,2,2,0,2,0\n0,1,3,5,6,1,2\n";
        string runs = "replicate,seed,adopters,adopted_fraction,steps,exposures\n0,1,5,0.5,1,6\n";
        var group = Assert.Single(RunGrouping.Group(RunFolder.Load(HandMadeRun.Write(_temp, "causes", runs, timeseries)), nameRun: false));

        Assert.Equal(["cause_broadcast", "cause_word_of_mouth"], group.Causes);
        Assert.Equal(2, Assert.Single(group.Trajectories).ValueAt("cause_word_of_mouth", 1));
        Assert.Empty(Assert.Single(RunGrouping.Group(SweepRun(), nameRun: false).Take(1)).Causes);
    }

    [Fact]
    public void A_missing_column_or_a_bad_number_is_reported_with_the_file()
    {
        string noAdopters = "replicate,seed,adopted_fraction,steps,exposures\n0,1,0.5,1,6\n";
        var missing = Assert.Throws<RunFolderException>(() => RunGrouping.Group(RunFolder.Load(HandMadeRun.Write(_temp, "a", noAdopters, HandMadeRun.CarryForwardTimeseries)), false));
        Assert.Contains("no column 'adopters'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("runs.csv", missing.Message, StringComparison.Ordinal);

        string bad = "replicate,seed,adopters,adopted_fraction,steps,exposures\n0,1,five,0.5,1,6\n";
        var number = Assert.Throws<RunFolderException>(() => RunGrouping.Group(RunFolder.Load(HandMadeRun.Write(_temp, "b", bad, HandMadeRun.CarryForwardTimeseries)), false));
        Assert.Contains("runs.csv:2: column 'adopters': expected an integer, found 'five'", number.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_step_is_refused_when_the_folder_is_read()
    {
        string runs = "replicate,seed,adopters,adopted_fraction,steps,exposures\n0,1,5,0.5,1,6\n";
        string timeseries = "replicate,step,new_adopters,adopters,exposures\n0,0,2,2,0\n0,-1,3,5,6\n";

        var e = Assert.Throws<RunFolderException>(() => RunFolder.Load(HandMadeRun.Write(_temp, "steps", runs, timeseries)));

        Assert.EndsWith("timeseries.csv:3: column 'step': expected a count of at least 0, found '-1'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("2000000")]
    public void A_step_outside_the_scenario_limits_is_refused(string step)
    {
        string runs = "replicate,seed,adopters,adopted_fraction,steps,exposures\n0,1,5,0.5,1,6\n";
        string timeseries = $"replicate,step,new_adopters,adopters,exposures\n0,0,2,2,0\n0,{step},3,5,6\n";

        var e = Assert.Throws<RunFolderException>(() => RunGrouping.Group(RunFolder.Load(HandMadeRun.Write(_temp, "steps", runs, timeseries)), false));

        Assert.EndsWith($"timeseries.csv: replicate 0: expected a step from 0 to 1000000, found {step}", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private RunFolder SweepRun() => RunFolder.Load(HandMadeRun.Write(_temp, "sweep", HandMadeRun.SweepRuns, HandMadeRun.SweepTimeseries()));
}
