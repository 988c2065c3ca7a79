using System.Runtime.CompilerServices;

namespace InfluenceSim.Models.Agents;

/// <summary>What one node sends at one step of one replicate: its mail and the counts the run keeps.</summary>
public sealed class Outbox
{
    /// <summary>The mail for the next step: (target, <see cref="LetterKind"/>) pairs.</summary>
    public List<(int Target, int Kind)> Mail { get; } = [];

    /// <summary>The seed whose cascade the sender's adoption belongs to (-1: none), which its letters carry.</summary>
    public int Root { get; set; }

    /// <summary>The depth of the sender's adoption in its cascade, which its letters carry.</summary>
    public int Depth { get; set; }

    public int SocialProof { get; set; }

    /// <summary>Prescriptions delivered at the next step (landed or not), not counting suppressed ones.</summary>
    public int Prescriptions { get; set; }

    /// <summary>Of <see cref="Prescriptions"/>, those that landed (and travel as mail).</summary>
    public int Landed { get; set; }

    /// <summary>Of <see cref="Prescriptions"/>, those against the product.</summary>
    public int Negative { get; set; }

    public int Suppressed { get; set; }

    /// <summary>Whether the node prescribed at this step.</summary>
    public bool Prescriber { get; set; }

    /// <summary>Whether the brand relays the node's word at this step.</summary>
    public bool Relayed { get; set; }

    /// <summary>Whether the node must be visited at the next step although no mail may reach it.</summary>
    public bool Revisit { get; set; }

    /// <summary>Whether the node sends or asks for anything.</summary>
    public bool IsEmpty
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Mail.Count == 0 && SocialProof == 0 && Prescriptions == 0 && Suppressed == 0 && !Prescriber && !Relayed && !Revisit;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Clear()
    {
        Mail.Clear();
        SocialProof = 0;
        Prescriptions = 0;
        Landed = 0;
        Negative = 0;
        Suppressed = 0;
        Prescriber = false;
        Relayed = false;
        Revisit = false;
    }
}
