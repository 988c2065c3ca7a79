namespace InfluenceSim.Models.Market;

/// <summary>Which nodes a campaign may reach.</summary>
public enum EligibleKind
{
    /// <summary>Every node.</summary>
    Everyone,

    /// <summary>The members of one segment (in the replicate at hand).</summary>
    Segment,

    /// <summary>The given share of the nodes of highest out-degree, ties by lower id.</summary>
    TopDegree,
}
