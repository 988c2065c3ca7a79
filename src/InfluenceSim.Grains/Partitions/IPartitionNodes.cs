using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// How a partition hosts the nodes it owns (docs/architecture.md "Hostings"): it joins them to the
/// run, hands each its one delivery of a step (every replicate together) and hears back what each
/// did, reads their records and releases them. The per-node work (sorting the mail, running the
/// agent per replicate, recording events and sendings) lives behind this seam.
/// </summary>
internal interface IPartitionNodes
{
    /// <summary>Joins a chunk of the partition's nodes to the run.</summary>
    Task JoinAsync(NetworkSlice slice);

    /// <summary>Drains a step's <paramref name="mail"/> and delivers it, one delivery per node; <paramref name="router"/> hears what each node did (one node at a time); answers how many nodes were called.</summary>
    Task<int> DeliverAsync(int step, MailBuffer mail, StepRouter router);

    /// <summary>The records of <paramref name="count"/> nodes from <paramref name="first"/> on, in node order.</summary>
    Task<NodeRecords[]> RecordsAsync(int[] lastSteps, int first, int count);

    /// <summary>Releases every node that was asked to join (a cancelled activation releases those it reached).</summary>
    Task ReleaseAsync();
}
