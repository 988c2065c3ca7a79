using InfluenceSim.Abstractions.Counting;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;
using InfluenceSim.Grains.Partitions;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Tests.Partitions;

/// <summary>Routing on nine nodes in three partitions: partition 1, the one routing, owns nodes 3, 4 and 5.</summary>
public sealed class StepRouterTests
{
    private readonly PartitionMap _map = new(9, 3);
    private readonly StepTallies _tallies = new(2);
    private readonly PartitionLedger _ledger = new(2, 9);
    private readonly MailBuffer _next = new(new MailShelf());
    private readonly OutgoingMail _outgoing;
    private readonly StepRouter _router;

    public StepRouterTests()
    {
        _outgoing = new OutgoingMail(_map, 1, new MailShelf());
        _router = new StepRouter(_map, 1, 2, _tallies, _ledger, null, _next, _outgoing);
    }

    [Fact]
    public async Task Own_mail_and_revisits_go_to_the_next_buffer_and_the_rest_to_one_batch_per_owning_partition()
    {
        var outbox = new Outbox { Root = 0, Depth = 2, SocialProof = 3, Prescriptions = 2, Landed = 2, Prescriber = true, Revisit = true };
        outbox.Mail.AddRange([(3, LetterKind.PositivePrescription), (7, LetterKind.PositivePrescription), (1, LetterKind.SocialProof), (5, LetterKind.SocialProof), (8, LetterKind.SocialProof)]);

        _router.Sent(4, 1, outbox);

        Assert.Equal(
            [
                new MailEntry(3, 4, 1, LetterKind.PositivePrescription, 0, 2),
                MailEntry.Order(4, 1, -1, LetterKind.Visit),
                new MailEntry(5, 4, 1, LetterKind.SocialProof, 0, 2),
            ],
            Drained(_next));
        var peers = await RecordingPartition.SentAsync(_outgoing, 3);
        Assert.Equal([0, 2], peers.Keys.Order());
        Assert.Equal([new MailEntry(1, 4, 1, LetterKind.SocialProof, 0, 2)], Assert.Single(peers[0].Batches).Entries);
        Assert.Equal([new MailEntry(7, 4, 1, LetterKind.PositivePrescription, 0, 2), new MailEntry(8, 4, 1, LetterKind.SocialProof, 0, 2)], Assert.Single(peers[2].Batches).Entries);
        Assert.All(peers.Values.SelectMany(p => p.Batches), b => Assert.Equal(3, b.Step));
        var row = Assert.Single(_tallies.Rows());
        Assert.Equal((1, 3L, 2L, 1L, true), (row.Replicate, row.Counts[(int)StepMeasure.ExposuresSocialProof], row.Counts[(int)StepMeasure.ExposuresPrescription], row.Counts[(int)StepMeasure.ActivePrescribers], row.PendingWork));
    }

    [Fact]
    public async Task A_node_grains_report_is_counted_and_routed_as_the_same_step_told_directly()
    {
        var direct = new StepRouterTests();
        var outbox = new Outbox { Root = 0, Depth = 1, Prescriptions = 2, Landed = 2, Suppressed = 1, Prescriber = true };
        outbox.Mail.AddRange([(5, LetterKind.PositivePrescription), (0, LetterKind.PositivePrescription)]);
        direct._router.Adopted(0, AdoptionCause.Prescription, 2, 0, 1);
        direct._router.Rejected(1);
        direct._router.Sent(4, 0, outbox);

        var report = new StepReport();
        report.Add(new NodeAdoption(0, (int)AdoptionCause.Prescription, 2, 0, 1));
        report.Reject(1);
        Addressed[] letters = [new(5, LetterKind.PositivePrescription), new(0, LetterKind.PositivePrescription)];
        letters.CopyTo(report.Add(new NodeSending(0, 0, 1, 0, 2, 0, 1, StepReport.PrescriberFlag, 2)));
        _router.Record(4, report);

        var own = Drained(_next);
        Assert.Equal([new MailEntry(5, 4, 0, LetterKind.PositivePrescription, 0, 1)], own);
        Assert.Equal(Drained(direct._next), own);
        var peers = await RecordingPartition.SentAsync(_outgoing, 3);
        Assert.Equal([new MailEntry(0, 4, 0, LetterKind.PositivePrescription, 0, 1)], Assert.Single(Assert.Single(peers).Value.Batches).Entries);
        Assert.Equal(Batches(await RecordingPartition.SentAsync(direct._outgoing, 3)), Batches(peers));
        Assert.Equal(Rows(direct._tallies), Rows(_tallies));
        Assert.Equal(
            [
                $"0: {string.Join(",", Measures.Counts((StepMeasure.NewAdopters, 1), (StepMeasure.CausePrescription, 1), (StepMeasure.ExposuresPrescription, 2), (StepMeasure.Suppressed, 1), (StepMeasure.ActivePrescribers, 1)))}, relayed 0, pending True",
                $"1: {string.Join(",", Measures.Counts((StepMeasure.NewRejected, 1)))}, relayed 0, pending False",
            ],
            Rows(_tallies));
        Assert.Equal([2], _ledger.Outcome(0, 0).Prescribers);
        Assert.Equal([1, 0], _ledger.Outcome(0, 0).MaxDepths);
    }

    [Fact]
    public void Mail_for_the_partitions_own_nodes_is_refused_by_the_outgoing_batches()
    {
        Assert.Throws<ArgumentException>(() => _outgoing.Add(1, new MailEntry(4, 0, 0, LetterKind.SocialProof, 0, 0)));
    }

    [Fact]
    public async Task A_batch_larger_than_a_chunk_goes_in_chunks_in_order_and_the_lists_are_emptied_after_sending()
    {
        int count = OutgoingMail.ChunkSize + 3;
        for (int i = 0; i < count; i++)
        {
            _outgoing.Add(2, new MailEntry(6 + (i % 3), i, 0, LetterKind.SocialProof, 0, 0));
        }

        var first = await RecordingPartition.SentAsync(_outgoing, 5);
        var second = await RecordingPartition.SentAsync(_outgoing, 6);

        Assert.Empty(second);
        var batches = Assert.Single(first).Value.Batches;
        Assert.Equal([OutgoingMail.ChunkSize, 3], batches.Select(b => b.Entries.Length));
        Assert.Equal(Enumerable.Range(0, count), batches.SelectMany(b => b.Entries).Select(e => e.Sender));
        Assert.All(batches, b => Assert.Equal(5, b.Step));
    }

    [Fact]
    public async Task A_full_chunk_travels_as_it_is_and_carries_a_later_step_s_letters_once_its_receiver_has_drained_it()
    {
        var shelf = new MailShelf();
        var outgoing = new OutgoingMail(_map, 1, shelf);
        var receiver = new MailBuffer(shelf);
        var sent = new List<RecordingPartition>();
        for (int step = 5; step < 7; step++)
        {
            for (int i = 0; i < OutgoingMail.ChunkSize; i++)
            {
                outgoing.Add(2, new MailEntry(6, i, step, LetterKind.SocialProof, 0, 0));
            }

            var peer = (await RecordingPartition.SentAsync(outgoing, step))[2];
            receiver.AddBatch(peer.Arrays.Single());
            Assert.Equal(OutgoingMail.ChunkSize, receiver.Drain().Single().Letters.Count);
            sent.Add(peer);
        }

        Assert.Same(sent[0].Arrays.Single(), sent[1].Arrays.Single());
        Assert.Equal([5, 6], sent.Select(p => p.Batches.Single().Entries.Select(e => e.Replicate).Distinct().Single()));
    }

    private static MailEntry[] Drained(MailBuffer buffer) => [.. buffer.Drain().SelectMany(d => d.Letters)];

    private static string[] Batches(Dictionary<int, RecordingPartition> peers) =>
        [.. peers.OrderBy(p => p.Key).SelectMany(p => p.Value.Batches.Select(b => $"{p.Key}@{b.Step}: {string.Join(" ", b.Entries)}"))];

    private static string[] Rows(StepTallies tallies) =>
        [.. tallies.Rows().Select(r => $"{r.Replicate}: {string.Join(",", r.Counts)}, relayed {r.RelayedPosts}, pending {r.PendingWork}")];
}
