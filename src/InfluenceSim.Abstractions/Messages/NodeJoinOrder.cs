namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// A node grain's order to join a run: the run (its id, the one in the grain's key, so the node need
/// not decode it from the key), which partition of the run it belongs to and which chunk of that
/// partition's slice holds its ties. The node reads the chunk, and what every node of the partition
/// shares, from its silo's copy, which the partition filled before the order was sent. A class: the
/// nodes of one chunk share one order, and a local call neither copies it (immutable) nor boxes it, as
/// Orleans does a value argument at every call when it looks for cancellation tokens.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.node-join-order")]
public sealed record NodeJoinOrder([property: Id(0)] string RunId, [property: Id(1)] int Partition, [property: Id(2)] int Chunk);
