namespace InfluenceSim.Host.Clustering;

/// <summary>The cluster's membership server, or every silo of the cluster, could not be reached.</summary>
public sealed class ClusterUnreachableException : Exception
{
    public ClusterUnreachableException()
    {
    }

    public ClusterUnreachableException(string message)
        : base(message)
    {
    }

    public ClusterUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
