namespace InfluenceSim.Grains.Coordination;

/// <summary>One node's mail for one step: entry i is (Replicates[i], Senders[i]).</summary>
internal sealed record NodeDelivery(int Target, int[] Replicates, int[] Senders);
