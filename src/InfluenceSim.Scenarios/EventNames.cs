using InfluenceSim.Models.Market;

namespace InfluenceSim.Scenarios;

/// <summary>How the <c>events</c> and <c>nodes</c> tables spell a message's kind, valence and outcome and an adoption's cause: <c>social-proof</c>, <c>negative</c>, <c>converted</c>.</summary>
public static class EventNames
{
    /// <summary><c>social-proof</c>, <c>prescription</c> or <c>broadcast</c>.</summary>
    public static string Of(MessageKind kind) => kind switch
    {
        MessageKind.SocialProof => "social-proof",
        MessageKind.Prescription => "prescription",
        MessageKind.Broadcast => "broadcast",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a message kind"),
    };

    /// <summary><c>positive</c> or <c>negative</c>.</summary>
    public static string Of(Valence valence) => valence switch
    {
        Valence.Positive => "positive",
        Valence.Negative => "negative",
        _ => throw new ArgumentOutOfRangeException(nameof(valence), valence, "not a valence"),
    };

    /// <summary><c>converted</c>, <c>adopted</c>, <c>none</c>, <c>averted</c>, <c>rejected</c> or <c>ignored</c>.</summary>
    public static string Of(MessageOutcome outcome) => outcome switch
    {
        MessageOutcome.Converted => "converted",
        MessageOutcome.Adopted => "adopted",
        MessageOutcome.None => "none",
        MessageOutcome.Averted => "averted",
        MessageOutcome.Rejected => "rejected",
        MessageOutcome.Ignored => "ignored",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a message outcome"),
    };

    /// <summary><c>seed</c>, <c>broadcast</c>, <c>prescription</c>, <c>social-proof</c>, or <c>none</c> for a node that did not adopt.</summary>
    public static string Of(AdoptionCause? cause) => cause switch
    {
        null => "none",
        AdoptionCause.Seed => "seed",
        AdoptionCause.Broadcast => "broadcast",
        AdoptionCause.Prescription => "prescription",
        AdoptionCause.SocialProof => "social-proof",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, "not a cause"),
    };
}
