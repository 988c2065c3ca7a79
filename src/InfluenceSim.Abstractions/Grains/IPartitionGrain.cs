using InfluenceSim.Abstractions.Messages;
using Orleans.Concurrency;

namespace InfluenceSim.Abstractions.Grains;

/// <summary>
/// One partition of a run (docs/architecture.md): the post office of the nodes it owns. It activates
/// them on its silo, delivers each step's mail to them (one delivery per node holding every
/// replicate), routes what they send straight to the owning partitions in one batch per
/// destination, and answers the runner with integer counts. Keyed by (partition number, run id).
/// </summary>
public interface IPartitionGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>
    /// Starts the run's attempt (the grain's run-id key is the attempt: a redone batch gets a new one); answers with the silo
    /// the partition lives on. Accepted once: a repeated start of the attempt it runs answers the same and changes nothing.
    /// </summary>
    Task<string> Begin(PartitionPlan plan);

    /// <summary>Whether the partition's silo already holds its whole slice of the run's network (sent for an earlier replicate batch), so no <see cref="Join"/> is needed.</summary>
    Task<bool> HoldsSlice();

    /// <summary>Activates a chunk of the partition's nodes on its silo, each learning its ties once.</summary>
    Task Join(NetworkSlice slice);

    /// <summary>
    /// Adds letters for a later step to the partition's mail: the runner's orders, or a peer's batch
    /// sent while it runs a step. Interleaves with <see cref="Advance"/>, so partitions that mail
    /// each other never wait on each other.
    /// </summary>
    [AlwaysInterleave]
    Task Deliver(MailBatch batch);

    /// <summary>Runs <paramref name="step"/> for the partition's nodes and answers once the mail they sent has been accepted.</summary>
    Task<PartitionStep> Advance(int step);

    /// <summary>The partition's cascades, credits and stream counts, once the run has ended.</summary>
    Task<PartitionOutcome> Outcome();

    /// <summary>Rows <paramref name="skip"/> .. skip + take - 1 of the partition's kept interaction stream, ordered by step, replicate, receiver, kind, sender.</summary>
    Task<EventPage> Events(int skip, int take);

    /// <summary>
    /// The records of the partition's nodes <paramref name="skip"/> .. skip + take - 1 (in node order),
    /// once the run has ended; <paramref name="lastSteps"/> gives each replicate's last step that ran.
    /// </summary>
    Task<NodeRecords[]> Records(int[] lastSteps, int skip, int take);

    /// <summary>Releases the partition's node grains and forgets the run.</summary>
    Task Release();
}
