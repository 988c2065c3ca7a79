using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class RunsCsvTests
{
    [Fact]
    public void Writes_one_row_per_replicate_in_replicate_order()
    {
        const string expected =
            "replicate,seed,adopters,adopted_fraction,steps,exposures,rejected,word_of_mouth_share,broadcast_share,cascade_depth,ended_by\n" +
            "0,42,6,0.6,2,18,0,0,0,0,quiet\n" +
            "1,42,2,0.2,0,5,0,0,0,0,quiet\n";

        Assert.Equal(expected, RunsCsv.Format(Fixtures.TwoReplicates(), 42));
    }

    [Fact]
    public void Fractions_are_shortest_round_trip_and_seeds_plain()
    {
        var result = new RunResult(3, 4, [new ReplicateResult(0, [new StepCounts(0, 1, 1, 0)], 1, 0, 2)], new RunTimings(0, 0, 0, 0));

        Assert.Equal(
            "replicate,seed,adopters,adopted_fraction,steps,exposures,rejected,word_of_mouth_share,broadcast_share,cascade_depth,ended_by\n0,-9007199254740993,1,0.3333333333333333,0,2,0,0,0,0,quiet\n",
            RunsCsv.Format(result, -9007199254740993));
    }

    [Fact]
    public void Attribution_columns_follow_exposures_shares_are_shortest_round_trip_and_ended_by_names_the_ending()
    {
        var replicate = new ReplicateResult(0, [new StepCounts(0, 1, 1, 0)], 4, 3, 9)
        {
            Rejected = 2,
            WordOfMouthShare = 2.0 / 3,
            BroadcastShare = 1.0 / 3,
            CascadeDepth = 5,
            EndedBy = ReplicateEnding.MaxSteps,
        };

        Assert.Equal(
            "replicate,seed,adopters,adopted_fraction,steps,exposures,rejected,word_of_mouth_share,broadcast_share,cascade_depth,ended_by\n0,7,4,0.4,3,9,2,0.6666666666666666,0.3333333333333333,5,max-steps\n",
            RunsCsv.Format(Fixtures.Run(replicate), 7));
    }

    [Fact]
    public void The_header_constant_names_the_tables_columns()
    {
        Assert.Equal(RunsCsv.Header.Split(','), RunsCsv.Table(Fixtures.Run(), 1).Columns.Select(c => c.Name));
    }

    [Fact]
    public void A_run_without_replicates_is_the_header_alone()
    {
        Assert.Equal(RunsCsv.Header + "\n", RunsCsv.Format(Fixtures.Run(), 1));
    }
}
