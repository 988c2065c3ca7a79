namespace InfluenceSim.Models.Market;

/// <summary>The three kinds of message a consumer receives.</summary>
public enum MessageKind
{
    /// <summary>The visible adoption of a tie, sent whether the adopter means it or not (the involuntary actor).</summary>
    SocialProof = 0,

    /// <summary>An explicit recommendation from a tie, positive or negative.</summary>
    Prescription = 1,

    /// <summary>The brand's own voice: a campaign, or the relay of users' word.</summary>
    Broadcast = 2,
}
