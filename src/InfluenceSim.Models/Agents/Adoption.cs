using InfluenceSim.Models.Market;

namespace InfluenceSim.Models.Agents;

/// <summary>A model's decision to adopt: the cause, the credited node (-1: none) with its root and depth, and the index of the credited letter (-1: none).</summary>
public readonly record struct Adoption(AdoptionCause Cause, int Credit, int Root, int Depth, int Letter)
{
    /// <summary>No adoption: the decision of a node that did not adopt (no cause, no credit, no letter).</summary>
    public static Adoption None { get; } = new(default, NodeAgent.NoPrescriber, NodeAgent.NoPrescriber, 0, -1);

    /// <summary>An adoption by broadcast, credited to the letter at <paramref name="letter"/> and to no node.</summary>
    public static Adoption ByBroadcast(int letter) => new(AdoptionCause.Broadcast, NodeAgent.NoPrescriber, NodeAgent.NoPrescriber, 0, letter);

    /// <summary>An adoption credited to the sender of letter <paramref name="index"/> (or to nobody when it is -1).</summary>
    public static Adoption FromLetter(AdoptionCause cause, ReadOnlySpan<Letter> letters, int index) =>
        index < 0
            ? new(cause, NodeAgent.NoPrescriber, NodeAgent.NoPrescriber, 0, -1)
            : new(cause, letters[index].Sender, letters[index].Root, letters[index].Depth + 1, index);
}
