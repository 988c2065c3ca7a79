namespace InfluenceSim.Models.Market;

/// <summary>What the brand does with its users' word of mouth.</summary>
public enum BrandStance
{
    /// <summary>Lets it be.</summary>
    Neutral,

    /// <summary>Rebroadcasts a share of the positive word to its audience (it hands its home page to its customers' timeline).</summary>
    Relay,

    /// <summary>Removes a share of the prescriptions before delivery (it takes down what it cannot control).</summary>
    Suppress,
}
