namespace InfluenceSim.EndToEnd.Tests.Clusters;

/// <summary>A three-silo test cluster whose silos record every call they receive (<see cref="CallLog"/>).</summary>
public sealed class ObservedThreeSiloCluster() : ClusterFixture(3, recordCalls: true);
