namespace InfluenceSim.EndToEnd.Tests.Clusters;

/// <summary>A test cluster of three silos, so grains and messages cross silo boundaries.</summary>
public sealed class ThreeSiloCluster() : ClusterFixture(3);
