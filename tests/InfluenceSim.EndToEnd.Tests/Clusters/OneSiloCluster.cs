namespace InfluenceSim.EndToEnd.Tests.Clusters;

/// <summary>A test cluster of one silo.</summary>
public sealed class OneSiloCluster() : ClusterFixture(1);
