namespace InfluenceSim.Engine.Tests.Seeding;

/// <summary>One live-edge graph with its probability: Reach[u] is the bit mask of nodes u reaches (u included).</summary>
internal sealed record LiveEdgeWorld(double Probability, uint[] Reach);
