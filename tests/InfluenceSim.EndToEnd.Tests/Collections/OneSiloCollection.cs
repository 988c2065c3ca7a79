using InfluenceSim.EndToEnd.Tests.Clusters;

namespace InfluenceSim.EndToEnd.Tests.Collections;

/// <summary>The tests that share one single-silo cluster, started once.</summary>
[CollectionDefinition]
public sealed class OneSiloCollection : ICollectionFixture<OneSiloCluster>;
