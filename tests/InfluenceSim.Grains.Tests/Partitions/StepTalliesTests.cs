using InfluenceSim.Abstractions.Counting;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Partitions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Tests.Partitions;

public sealed class StepTalliesTests
{
    [Fact]
    public void Counts_are_kept_per_replicate_by_measure_and_only_replicates_where_something_happened_give_a_row()
    {
        var tallies = new StepTallies(4);

        tallies.CountAdoption(0, AdoptionCause.Seed);
        tallies.CountAdoption(0, AdoptionCause.Prescription);
        tallies.CountSending(0, socialProof: 4, prescriptions: 3, negative: 1, suppressed: 2, StepReport.PrescriberFlag | StepReport.RelayedFlag);
        tallies.CountAdoption(1, AdoptionCause.Broadcast);
        tallies.CountAdoption(3, AdoptionCause.SocialProof);
        tallies.CountRejection(3);
        tallies.CountSending(3, 0, 0, 0, 0, StepReport.RevisitFlag);

        var rows = tallies.Rows();

        Assert.Equal([0, 1, 3], rows.Select(r => r.Replicate));
        Assert.Equal(
            Measures.Counts((StepMeasure.NewAdopters, 2), (StepMeasure.CauseSeed, 1), (StepMeasure.CausePrescription, 1), (StepMeasure.ExposuresSocialProof, 4), (StepMeasure.ExposuresPrescription, 3), (StepMeasure.ExposuresNegative, 1), (StepMeasure.Suppressed, 2), (StepMeasure.ActivePrescribers, 1)),
            rows[0].Counts);
        Assert.Equal((1, true), (rows[0].RelayedPosts, rows[0].PendingWork));
        Assert.Equal(Measures.Counts((StepMeasure.NewAdopters, 1), (StepMeasure.CauseBroadcast, 1)), rows[1].Counts);
        Assert.Equal((0, false), (rows[1].RelayedPosts, rows[1].PendingWork));
        Assert.Equal(Measures.Counts((StepMeasure.NewAdopters, 1), (StepMeasure.CauseSocialProof, 1), (StepMeasure.NewRejected, 1)), rows[2].Counts);
        Assert.Equal((0, true), (rows[2].RelayedPosts, rows[2].PendingWork));
    }

    [Fact]
    public void A_sending_of_nothing_without_flags_leaves_no_work_pending()
    {
        var tallies = new StepTallies(1);

        tallies.CountSending(0, 0, 0, 0, suppressed: 2, flags: 0);

        var row = Assert.Single(tallies.Rows());
        Assert.Equal(Measures.Counts((StepMeasure.Suppressed, 2)), row.Counts);
        Assert.False(row.PendingWork);
    }
}
