namespace InfluenceSim.Grains.Coordination;

/// <summary>One node's mail for one step: entry i is a letter of kind Kinds[i] from Senders[i] in Replicates[i], with the root and depth of the sender's adoption.</summary>
internal sealed record NodeDelivery(int Target, int[] Replicates, int[] Senders, int[] Roots, int[] Depths, int[] Kinds);
