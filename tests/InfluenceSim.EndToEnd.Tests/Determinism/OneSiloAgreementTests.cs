using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>The agreement tests on a one-silo cluster.</summary>
[Collection<OneSiloCollection>]
public sealed class OneSiloAgreementTests(OneSiloCluster cluster) : AgreementTests(cluster);
