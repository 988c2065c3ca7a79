using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class TimeseriesCsvTests
{
    private const string Header =
        "replicate,step,new_adopters,adopters,exposures,cause_seed,cause_broadcast,cause_prescription,cause_social_proof," +
        "exposures_social_proof,exposures_prescription,exposures_broadcast,exposures_negative,suppressed,active_prescribers,new_rejected,rejected";

    [Fact]
    public void Writes_rows_sorted_by_replicate_then_step()
    {
        const string expected =
            Header + "\n" +
            "0,0,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0\n" +
            "0,1,3,5,6,0,0,0,0,0,0,0,0,0,0,0,0\n" +
            "0,2,1,6,9,0,0,0,0,0,0,0,0,0,0,0,0\n" +
            "1,0,2,2,0,0,0,0,0,0,0,0,0,0,0,0,0\n";

        Assert.Equal(expected, TimeseriesCsv.Format(Fixtures.TwoReplicates()));
    }

    [Fact]
    public void Causes_kinds_and_rejections_follow_exposures_in_the_documented_order()
    {
        var seeding = new StepCounts(0, 3, 3, 0) { CauseSeed = 3, ActivePrescribers = 3 };
        var step = new StepCounts(1, 10, 13, 20)
        {
            CauseBroadcast = 1,
            CausePrescription = 2,
            CauseSocialProof = 7,
            ExposuresSocialProof = 11,
            ExposuresPrescription = 5,
            ExposuresBroadcast = 4,
            ExposuresNegative = 3,
            Suppressed = 6,
            ActivePrescribers = 9,
            NewRejected = 12,
            Rejected = 14,
        };
        var result = Fixtures.Run(new ReplicateResult(0, [step, seeding], 13, 1, 20));

        Assert.Equal(
            Header + "\n" +
            "0,0,3,3,0,3,0,0,0,0,0,0,0,0,3,0,0\n" +
            "0,1,10,13,20,0,1,2,7,11,5,4,3,6,9,12,14\n",
            TimeseriesCsv.Format(result));
    }

    [Fact]
    public void The_header_constant_names_the_tables_columns()
    {
        Assert.Equal(Header, TimeseriesCsv.Header);
        Assert.Equal(TimeseriesCsv.Header.Split(','), TimeseriesCsv.Table(Fixtures.Run()).Columns.Select(c => c.Name));
    }
}
