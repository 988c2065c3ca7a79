namespace InfluenceSim.Abstractions.Messages;

/// <summary>A chunk of a partition's slice of the network: consecutive nodes it owns, each with its ties.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.network-slice")]
public sealed record NetworkSlice([property: Id(0)] NodeJoin[] Nodes);
