using InfluenceSim.Models.Market;

namespace InfluenceSim.Models.Agents;

/// <summary>What a mail entry is, as a small integer that travels between grains and orders a node's mail.</summary>
public static class LetterKind
{
    /// <summary>No message: the node is only visited (a threshold-0 node at step 1, a prescribing window, a per-step chance).</summary>
    public const int Visit = 0;

    /// <summary>The sender's adoption of the previous step, visible to its ties.</summary>
    public const int SocialProof = 1;

    /// <summary>A positive prescription that landed.</summary>
    public const int PositivePrescription = 2;

    /// <summary>A negative prescription that landed.</summary>
    public const int NegativePrescription = 3;

    /// <summary>A positive broadcast; the sender is the campaign number.</summary>
    public const int PositiveBroadcast = 4;

    /// <summary>A negative broadcast; the sender is the campaign number.</summary>
    public const int NegativeBroadcast = 5;

    /// <summary>The message kind of a letter (a visit is no message).</summary>
    public static MessageKind MessageKindOf(int kind) => kind switch
    {
        SocialProof => MessageKind.SocialProof,
        PositivePrescription or NegativePrescription => MessageKind.Prescription,
        PositiveBroadcast or NegativeBroadcast => MessageKind.Broadcast,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a visit carries no message"),
    };

    /// <summary>Whether the letter is a negative message.</summary>
    public static bool IsNegative(int kind) => kind is NegativePrescription or NegativeBroadcast;
}
