using InfluenceSim.EndToEnd.Tests.Clusters;

namespace InfluenceSim.EndToEnd.Tests.Collections;

/// <summary>The tests that share the three-silo cluster recording its calls, started once; they run one at a time, so each reads only its own calls.</summary>
[CollectionDefinition]
public sealed class ObservedClusterCollection : ICollectionFixture<ObservedThreeSiloCluster>;
