using System.Buffers;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;
using InfluenceSim.Grains.Partitions;
using InfluenceSim.Grains.Tests.Partitions;
using InfluenceSim.Models.Agents;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace InfluenceSim.Grains.Tests.Messages;

/// <summary>A mail batch crosses silos packed (docs/architecture.md "Mail between silos") and comes back letter for letter, whatever its ints.</summary>
public sealed class MailBatchSerializationTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(MailBatch).Assembly)).BuildServiceProvider();

    public static TheoryData<string, int, MailEntry[]> EdgeCases => new()
    {
        { "empty", 0, [] },
        { "empty at the last step", int.MaxValue, [] },
        { "one letter", 3, [new MailEntry(7, 4, 1, LetterKind.PositivePrescription, 0, 2)] },
        { "one order", 0, [MailEntry.Order(12, 0, -1, LetterKind.Visit)] },
        {
            "extremes in every field", -1,
            [
                new MailEntry(int.MaxValue, int.MinValue, int.MaxValue, int.MinValue, int.MaxValue, int.MinValue),
                new MailEntry(int.MinValue, int.MaxValue, int.MinValue, int.MaxValue, int.MinValue, int.MaxValue),
                new MailEntry(-1, -1, -1, -1, -1, -1),
                new MailEntry(0, 0, 0, 0, 0, 0),
                new MailEntry(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue),
            ]
        },
        {
            "negative senders and roots", 2,
            [
                new MailEntry(5, -3, 0, LetterKind.PositiveBroadcast, -1, 0),
                new MailEntry(5, -3, 0, LetterKind.NegativeBroadcast, -1, 0),
                new MailEntry(6, -1, 1, LetterKind.Visit, -7, 0),
                new MailEntry(6, 2, 1, LetterKind.SocialProof, -7, 1),
            ]
        },
        {
            "one target many times", 1,
            [.. Enumerable.Range(0, 20).Select(i => new MailEntry(42, i, i % 3, LetterKind.SocialProof, i % 11, 1))]
        },
        {
            "more roots in a replicate than it remembers, and replicates sharing a bucket", 4,
            [.. Enumerable.Range(0, 200).Select(i => new MailEntry(i * 3, i / 2, (i % 2) * 256, LetterKind.PositivePrescription, (i * 7) % 13, 3))]
        },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_case_letters_come_back_as_sent(string name, int step, MailEntry[] entries)
    {
        Assert.NotEmpty(name);

        AssertComesBack(new MailBatch(step, entries));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 1_000)]
    [InlineData(4, 70_000)]
    public void Random_letters_of_any_ints_come_back_as_sent(int seed, int count)
    {
        var random = new Random(seed);

        AssertComesBack(new MailBatch(random.Next(), [.. Enumerable.Range(0, count).Select(_ => RandomLetter(random))]));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Random_letters_of_small_ints_come_back_as_sent(int seed)
    {
        var random = new Random(seed);
        MailEntry Small() => new(random.Next(-2, 300), random.Next(-2, 4), random.Next(-1, 600), random.Next(0, 9), random.Next(-2, 12), random.Next(0, 3));

        AssertComesBack(new MailBatch(7, [.. Enumerable.Range(0, 5_000).Select(_ => Small())]));
    }

    [Fact]
    public async Task The_chunks_a_large_send_is_cut_into_come_back_as_sent_and_in_order()
    {
        var outgoing = new OutgoingMail(new PartitionMap(200_000, 2), 0, new MailShelf());
        var random = new Random(8);
        var sent = Enumerable.Range(0, (2 * OutgoingMail.ChunkSize) + 1).Select(i => new MailEntry(random.Next(100_000, 200_000), i / 4, random.Next(64), LetterKind.PositivePrescription, random.Next(100_000), 5)).ToList();
        sent.ForEach(entry => outgoing.Add(1, entry));

        var batches = Assert.Single(await RecordingPartition.SentAsync(outgoing, 6)).Value.Batches;

        Assert.Equal([OutgoingMail.ChunkSize, OutgoingMail.ChunkSize, 1], batches.Select(b => b.Entries.Length));
        var received = batches.Select(RoundTrip).ToList();
        Assert.All(received, b => Assert.Equal(6, b.Step));
        Assert.Equal(sent, received.SelectMany(b => b.Entries));
    }

    [Fact]
    public void A_steps_prescriptions_take_under_eight_bytes_a_letter()
    {
        var random = new Random(9);
        var roots = Enumerable.Range(0, 64).Select(_ => Enumerable.Range(0, 10).Select(_ => random.Next(100_000)).ToArray()).ToArray();
        var letters = new List<MailEntry>();
        for (int sender = 0; letters.Count < 20_000; sender++)
        {
            int replicate = random.Next(64);
            int root = roots[replicate][random.Next(random.Next(1, 10))];
            for (int tie = random.Next(1, 4); tie > 0; tie--)
            {
                letters.Add(new MailEntry(random.Next(50_000, 100_000), sender, replicate, LetterKind.PositivePrescription, root, 6));
            }
        }

        var batch = new MailBatch(7, [.. letters]);
        int bytes = Serializer.SerializeToArray(batch).Length;

        Assert.InRange(bytes, 1, 8 * letters.Count);
        Assert.Equal(letters, RoundTrip(batch).Entries);
    }

    [Fact]
    public void A_batch_read_from_an_input_in_pieces_comes_back_as_sent()
    {
        var random = new Random(10);
        var sent = new MailBatch(2, [.. Enumerable.Range(0, 300).Select(_ => RandomLetter(random))]);

        var received = Assert.IsType<MailBatch>(Serializer.Deserialize<MailBatch>(Pieces.Of(Serializer.SerializeToArray(sent), 7)));

        Assert.Equal(sent.Entries, received.Entries);
    }

    [Fact]
    public void A_batch_is_not_copied_for_a_call_within_a_silo()
    {
        var batch = new MailBatch(1, [new MailEntry(1, 2, 3, LetterKind.SocialProof, 4, 5)]);

        Assert.Same(batch, _services.GetRequiredService<DeepCopier>().Copy(batch));
    }

    [Fact]
    public void A_truncated_batch_is_refused()
    {
        var bytes = Serializer.SerializeToArray(new MailBatch(1, [new MailEntry(1, 2, 3, LetterKind.SocialProof, 4, 5), new MailEntry(9, 2, 3, LetterKind.SocialProof, 4, 5)]));

        Assert.ThrowsAny<Exception>(() => Serializer.Deserialize<MailBatch>(bytes.AsSpan(0, bytes.Length - 2).ToArray()));
    }

    public void Dispose() => _services.Dispose();

    private Serializer Serializer => _services.GetRequiredService<Serializer>();

    private static MailEntry RandomLetter(Random random) =>
        new(random.Next(int.MinValue, int.MaxValue), random.Next(int.MinValue, int.MaxValue), random.Next(int.MinValue, int.MaxValue),
            random.Next(int.MinValue, int.MaxValue), random.Next(int.MinValue, int.MaxValue), random.Next(int.MinValue, int.MaxValue));

    private MailBatch RoundTrip(MailBatch batch) => Assert.IsType<MailBatch>(Serializer.Deserialize<MailBatch>(Serializer.SerializeToArray(batch)));

    private void AssertComesBack(MailBatch sent)
    {
        var received = RoundTrip(sent);

        Assert.Equal(sent.Step, received.Step);
        Assert.Equal(sent.Entries, received.Entries);
    }

    /// <summary>An input split into buffers of a few bytes each, as a socket may hand it over.</summary>
    private sealed class Pieces : ReadOnlySequenceSegment<byte>
    {
        private Pieces(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public static ReadOnlySequence<byte> Of(byte[] bytes, int size)
        {
            var first = new Pieces(bytes.AsMemory(0, size), 0);
            var last = first;
            for (int start = size; start < bytes.Length; start += size)
            {
                var next = new Pieces(bytes.AsMemory(start, Math.Min(size, bytes.Length - start)), start);
                last.Next = next;
                last = next;
            }

            return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        }
    }
}
