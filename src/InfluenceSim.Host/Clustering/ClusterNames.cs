namespace InfluenceSim.Host.Clustering;

/// <summary>The Orleans service id every InfluenceSim silo and client shares, and the default cluster id of <c>--cluster-id</c>.</summary>
public static class ClusterNames
{
    /// <summary>Orleans' service id: the same for every InfluenceSim cluster.</summary>
    public const string ServiceId = "influencesim";

    /// <summary>The cluster id when <c>--cluster-id</c> is not given.</summary>
    public const string DefaultClusterId = "influencesim";
}
