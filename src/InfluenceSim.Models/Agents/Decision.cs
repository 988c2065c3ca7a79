using InfluenceSim.Models.Market;

namespace InfluenceSim.Models.Agents;

/// <summary>What a node's mail of one step came to: the verdict and, for an adoption, the adoption (its cause, the credited node with its root and depth, and the index of the credited letter, -1: none), so a host need not read them back from the block.</summary>
public readonly record struct Decision(Verdict Verdict, Adoption Adoption)
{
    public static Decision Settled { get; } = new(Verdict.Settled, Adoption.None);

    public static Decision Undecided { get; } = new(Verdict.Undecided, Adoption.None);

    public static Decision Rejected { get; } = new(Verdict.Rejected, Adoption.None);

    public AdoptionCause Cause => Adoption.Cause;

    /// <summary>The index of the credited letter, or -1.</summary>
    public int CreditedLetter => Adoption.Letter;
}
