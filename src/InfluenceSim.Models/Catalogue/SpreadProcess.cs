namespace InfluenceSim.Models.Catalogue;

/// <summary>The monotone spread processes greedy seeding can simulate.</summary>
public enum SpreadProcess
{
    /// <summary>Live-edge coins per tie (Kempe, Kleinberg and Tardos 2003).</summary>
    IndependentCascade,

    /// <summary>Weighted share of adopted in-ties against a threshold (Kempe, Kleinberg and Tardos 2003).</summary>
    LinearThreshold,
}
