namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>The tests that share one Redis server and one three-silo cluster of real processes.</summary>
[CollectionDefinition(Name)]
public sealed class SiloClusterCollection : ICollectionFixture<SiloCluster>
{
    public const string Name = "silo processes";
}
