using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// One message delivered at a step: from a node (a broadcast: from its campaign number) to a node, its
/// kind and valence, whether it acts on the receiver (social proof and broadcasts always; a
/// prescription when its landing coin succeeded) and, for a broadcast, the campaign's persuasion.
/// </summary>
public sealed record OracleMessage(int From, int To, MessageKind Kind, Valence Valence, bool Landed, double Persuasion = 0)
{
    /// <summary>Whether the message acts on the receiver and is against the product.</summary>
    public bool ActsNegatively => Landed && Valence == Valence.Negative;

    /// <summary>Whether the message acts on the receiver and is for the product.</summary>
    public bool ActsPositively => Landed && Valence == Valence.Positive;
}
