namespace InfluenceSim.RunFolders;

/// <summary>The external cluster a run used, as its manifest records it.</summary>
/// <param name="Id">The cluster id.</param>
/// <param name="Membership">Where the cluster's membership lives (the <c>--cluster</c> URI).</param>
/// <param name="Silos">The addresses of the cluster's active silos at the end of the run.</param>
public sealed record ManifestCluster(string Id, string Membership, IReadOnlyList<string> Silos);
