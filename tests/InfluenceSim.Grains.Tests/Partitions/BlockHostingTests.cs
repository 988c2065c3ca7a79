using InfluenceSim.Abstractions.Counting;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;
using InfluenceSim.Grains.Partitions;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Grains.Tests.Partitions;

/// <summary>
/// Two steps of the <c>blocks</c> hosting worked out by hand: nodes 0 -> 1, 0 -> 2, 1 -> 3 in two
/// partitions (partition 0, the one running, owns nodes 0 and 1), independent cascade of
/// probability 1 (every prescription lands and converts), two replicates, node 0 seeded in
/// replicate 1 only.
/// </summary>
public sealed class BlockHostingTests
{
    private static readonly PartitionMap Map = new(4, 2);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_seed_converts_the_tie_in_its_partition_and_mails_the_tie_in_the_other(int replicateBatch)
    {
        var hosting = await JoinedAsync(replicateBatch);
        var ledger = new PartitionLedger(2, Map.Nodes);
        var outgoing = new OutgoingMail(Map, 0, new MailShelf());
        var current = new MailBuffer(new MailShelf());
        var next = new MailBuffer(new MailShelf());
        current.Add(MailEntry.Order(0, 1, -1, LetterKind.Visit));

        var seeding = new StepTallies(2);
        Assert.Equal(1, await hosting.DeliverAsync(0, current, new StepRouter(Map, 0, 0, seeding, ledger, null, next, outgoing)));
        var toStep1 = await RecordingPartition.SentAsync(outgoing, 1);
        var converting = new StepTallies(2);
        Assert.Equal(1, await hosting.DeliverAsync(1, next, new StepRouter(Map, 0, 1, converting, ledger, null, current, outgoing)));
        var toStep2 = await RecordingPartition.SentAsync(outgoing, 2);

        var seeded = Assert.Single(seeding.Rows());
        Assert.Equal(1, seeded.Replicate);
        Assert.Equal(Measures.Counts((StepMeasure.NewAdopters, 1), (StepMeasure.CauseSeed, 1), (StepMeasure.ExposuresPrescription, 2), (StepMeasure.ActivePrescribers, 1)), seeded.Counts);
        Assert.Equal([new MailEntry(2, 0, 1, LetterKind.PositivePrescription, 0, 0)], Assert.Single(toStep1[1].Batches).Entries);
        var converted = Assert.Single(converting.Rows());
        Assert.Equal(1, converted.Replicate);
        Assert.Equal(Measures.Counts((StepMeasure.NewAdopters, 1), (StepMeasure.CausePrescription, 1), (StepMeasure.ExposuresPrescription, 1), (StepMeasure.ActivePrescribers, 1)), converted.Counts);
        Assert.Equal([new MailEntry(3, 1, 1, LetterKind.PositivePrescription, 0, 1)], Assert.Single(toStep2[1].Batches).Entries);
        Assert.Equal([1], toStep1.Keys);
        Assert.Equal([1], toStep2.Keys);
        Assert.Empty(current.Drain());

        var outcome = ledger.Outcome(0, 0);
        Assert.Equal([0, 1], outcome.MaxDepths);
        Assert.Equal([new CascadeEntry(1, 0, 2, 1)], outcome.Cascades);
        Assert.Equal([0], outcome.Prescribers);
        Assert.Equal([1L], outcome.Conversions);
    }

    [Fact]
    public async Task The_records_hold_each_nodes_choices_and_only_the_prescriptions_delivered_before_the_last_step()
    {
        var hosting = await JoinedAsync(replicateBatch: 1);
        var buffers = new[] { new MailBuffer(new MailShelf()), new MailBuffer(new MailShelf()) };
        buffers[0].Add(MailEntry.Order(0, 1, -1, LetterKind.Visit));
        var ledger = new PartitionLedger(2, Map.Nodes);
        var outgoing = new OutgoingMail(Map, 0, new MailShelf());
        for (int step = 0; step < 2; step++)
        {
            await hosting.DeliverAsync(step, buffers[step & 1], new StepRouter(Map, 0, step, new StepTallies(2), ledger, null, buffers[(step + 1) & 1], outgoing));
            await RecordingPartition.SentAsync(outgoing, step + 1);
        }

        var records = await hosting.RecordsAsync([0, 1], 0, 2);

        Assert.Equal(
            ["adopted -1 0, causes -1 0, credits -1 -1, roots -1 0, depths 0 0, prescriptions received 0 0, sent 0 2, landed 0 2",
             "adopted -1 1, causes -1 2, credits -1 0, roots -1 0, depths 0 1, prescriptions received 0 1, sent 0 0, landed 0 0"],
            records.Select(Describe));
    }

    private static string Describe(NodeRecords r) =>
        $"adopted {Pair(r.AdoptedAt)}, causes {Pair(r.Causes)}, credits {Pair(r.Credits)}, roots {Pair(r.Roots)}, depths {Pair(r.Depths)}, "
        + $"prescriptions received {Pair(r.ReceivedPrescriptions)}, sent {Pair(r.PrescriptionsSent)}, landed {Pair(r.PrescriptionsLanded)}";

    private static string Pair(int[] values) => string.Join(" ", values);

    private static async Task<BlockHosting> JoinedAsync(int replicateBatch)
    {
        var plan = new PartitionPlan(
            "hand",
            0,
            Map,
            Replicates: 2,
            Concurrency: 1,
            EventsCap: 0,
            new NodeSetup(new ModelSettings(ModelCatalogue.IndependentCascade, new Dictionary<string, Distribution> { ["probability"] = Distribution.Constant(1) }), Seed: 7, Replicates: 2) { RecordNode = true },
            Blocks: true,
            replicateBatch);
        var hosting = new BlockHosting(plan, new PartitionRows(0, 2), new LaneShelf(), new MailShelf());
        await hosting.JoinAsync(new NetworkSlice([new NodeJoin(0, [1, 2], null, [], null, null, -1), new NodeJoin(1, [3], null, [0], null, null, -1)]));
        return hosting;
    }
}
