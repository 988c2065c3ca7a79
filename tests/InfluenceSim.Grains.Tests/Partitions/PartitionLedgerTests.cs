using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Partitions;

namespace InfluenceSim.Grains.Tests.Partitions;

public sealed class PartitionLedgerTests
{
    [Fact]
    public void The_outcome_holds_the_greatest_depths_the_cascades_by_replicate_and_root_and_the_credits_in_node_order()
    {
        var ledger = new PartitionLedger(replicates: 3, nodes: 6);

        ledger.CountAdoption(0, root: 4, depth: 0, credit: -1);
        ledger.CountAdoption(0, root: 4, depth: 1, credit: 4);
        ledger.CountAdoption(0, root: 4, depth: 1, credit: 4);
        ledger.CountAdoption(0, root: 4, depth: 2, credit: 1);
        ledger.CountAdoption(1, root: 2, depth: 0, credit: -1);
        ledger.CountAdoption(1, root: -1, depth: 0, credit: -1);
        ledger.CountAdoption(0, root: 0, depth: 0, credit: -1);

        var outcome = ledger.Outcome(eventsDelivered: 9, eventsKept: 5);

        Assert.Equal([2, 0, 0], outcome.MaxDepths);
        Assert.Equal([new CascadeEntry(0, 0, 1, 0), new CascadeEntry(0, 4, 4, 2), new CascadeEntry(1, 2, 1, 0)], outcome.Cascades);
        Assert.Equal([1, 4], outcome.Prescribers);
        Assert.Equal([1L, 2L], outcome.Conversions);
        Assert.Equal((9L, 5), (outcome.EventsDelivered, outcome.EventsKept));
    }

    [Fact]
    public void Credits_past_the_ledger_s_buffer_are_all_counted_for_their_prescribers()
    {
        var ledger = new PartitionLedger(replicates: 1, nodes: 7);
        for (int adoption = 0; adoption < 10_001; adoption++)
        {
            ledger.CountAdoption(0, root: -1, depth: 1, credit: adoption % 3 == 0 ? 6 : adoption % 3);
        }

        var outcome = ledger.Outcome(eventsDelivered: 0, eventsKept: 0);

        Assert.Equal([1, 2, 6], outcome.Prescribers);
        Assert.Equal([3_334L, 3_333L, 3_334L], outcome.Conversions);
    }

    [Fact]
    public void A_run_without_credits_or_cascades_has_an_empty_outcome()
    {
        var outcome = new PartitionLedger(replicates: 2, nodes: 6).Outcome(0, 0);

        Assert.Equal([0, 0], outcome.MaxDepths);
        Assert.Empty(outcome.Cascades);
        Assert.Empty(outcome.Prescribers);
        Assert.Empty(outcome.Conversions);
    }
}
