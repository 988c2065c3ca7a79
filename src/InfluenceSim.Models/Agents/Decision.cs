using InfluenceSim.Models.Market;

namespace InfluenceSim.Models.Agents;

/// <summary>What a node's mail of one step came to: the verdict and, for an adoption, its cause and the index of the credited letter (-1: none).</summary>
public readonly record struct Decision(Verdict Verdict, AdoptionCause Cause, int CreditedLetter)
{
    public static Decision Settled { get; } = new(Verdict.Settled, default, -1);

    public static Decision Undecided { get; } = new(Verdict.Undecided, default, -1);

    public static Decision Rejected { get; } = new(Verdict.Rejected, default, -1);
}
