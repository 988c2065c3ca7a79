using InfluenceSim.EndToEnd.Tests.Clusters;

namespace InfluenceSim.EndToEnd.Tests.Collections;

/// <summary>The tests that share one three-silo cluster, started once.</summary>
[CollectionDefinition]
public sealed class ThreeSiloCollection : ICollectionFixture<ThreeSiloCluster>;
