namespace InfluenceSim.Models.Randomness;

/// <summary>The purpose number that keeps the draws of one kind of decision apart (docs/models.md, "Randomness").</summary>
public enum DrawPurpose
{
    /// <summary>Random seeding: a = node, b = 0, step 0.</summary>
    Seeding = 1,

    /// <summary>Per-node traits: a = node, b = trait number, step 0.</summary>
    Trait = 2,

    /// <summary>A prescription's coin: a = prescriber, b = receiver, step = the attempt k (0 .. L-1) of the prescriptions the prescriber sends the receiver.</summary>
    Prescribe = 3,

    /// <summary>A node's own adoption draw: a = node.</summary>
    Adopt = 4,

    /// <summary>A campaign reaching a node: a = node, b = campaign number.</summary>
    Reach = 5,

    /// <summary>The brand removing a prescription before delivery: a = prescriber, b = receiver, the sending step.</summary>
    Suppress = 7,

    /// <summary>The brand relaying a node's positive word: a = node, b = 0, the sending step.</summary>
    Relay = 8,

    /// <summary>A tie's trivalency class, once per run: a = source, b = target, replicate 0, step 0.</summary>
    Tie = 9,
}
