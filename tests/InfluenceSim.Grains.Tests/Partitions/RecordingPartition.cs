using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Partitions;

namespace InfluenceSim.Grains.Tests.Partitions;

/// <summary>A stand-in for a peer partition grain that keeps the mail batches delivered to it and refuses every other call.</summary>
internal sealed class RecordingPartition : IPartitionGrain
{
    /// <summary>The batches delivered, their letters copied (so a test may hand the arrays on).</summary>
    public List<MailBatch> Batches { get; } = [];

    /// <summary>The arrays of letters as they were delivered.</summary>
    public List<MailEntry[]> Arrays { get; } = [];

    /// <summary>Sends <paramref name="outgoing"/>'s batches for <paramref name="step"/> to recording partitions, one per destination, keyed by partition number.</summary>
    public static async Task<Dictionary<int, RecordingPartition>> SentAsync(OutgoingMail outgoing, int step)
    {
        var peers = new Dictionary<int, RecordingPartition>();
        await outgoing.SendAsync(partition => peers.TryGetValue(partition, out var peer) ? peer : peers[partition] = new RecordingPartition(), step);
        return peers;
    }

    public Task Deliver(MailBatch batch)
    {
        Batches.Add(batch with { Entries = [.. batch.Entries] });
        Arrays.Add(batch.Entries);
        return Task.CompletedTask;
    }

    public Task<string> Begin(PartitionPlan plan) => throw new NotSupportedException();

    public Task<bool> HoldsSlice() => throw new NotSupportedException();

    public Task Join(NetworkSlice slice) => throw new NotSupportedException();

    public Task<PartitionStep> Advance(int step) => throw new NotSupportedException();

    public Task<PartitionOutcome> Outcome() => throw new NotSupportedException();

    public Task<EventPage> Events(int skip, int take) => throw new NotSupportedException();

    public Task<NodeRecords[]> Records(int[] lastSteps, int skip, int take) => throw new NotSupportedException();

    public Task Release() => throw new NotSupportedException();
}
