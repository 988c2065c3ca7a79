namespace InfluenceSim.Models.Catalogue;

/// <summary>The roles of a node that a model uses (a node is consumer, actor and prescriber at once).</summary>
public enum ModelRole
{
    /// <summary>Receives exposures: prescriptions, the visible choices of ties, broadcasts.</summary>
    Consumer,

    /// <summary>Decides to adopt; its adoption is visible to its ties whether it means it or not.</summary>
    Actor,

    /// <summary>Recommends to its ties.</summary>
    Prescriber,
}
