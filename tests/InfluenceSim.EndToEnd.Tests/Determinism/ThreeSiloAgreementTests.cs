using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>The agreement tests on a three-silo cluster, where grains and messages cross silos.</summary>
[Collection<ThreeSiloCollection>]
public sealed class ThreeSiloAgreementTests(ThreeSiloCluster cluster) : AgreementTests(cluster);
