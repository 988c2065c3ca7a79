namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// A node grain's order to join a run: which partition of the run it belongs to and which chunk of
/// that partition's slice holds its ties. The node reads the chunk, and what every node of the
/// partition shares, from its silo's copy, which the partition filled before the order was sent.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.node-join-order")]
public readonly record struct NodeJoinOrder([property: Id(0)] int Partition, [property: Id(1)] int Chunk);
