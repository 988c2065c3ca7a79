using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>Everything addressed to one node at one step, every replicate together, in no particular order.</summary>
internal readonly record struct NodeDelivery(int Target, ArraySegment<MailEntry> Letters);
