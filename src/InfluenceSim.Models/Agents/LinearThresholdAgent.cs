using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Linear threshold (Granovetter 1978; Kempe, Kleinberg and Tardos 2003) over a block of nodes: a
/// node adopts when the weighted share of its in-ties that have adopted reaches its threshold
/// (trait 0), raised by <c>aversion</c> for each negative message; a broadcast converts first with
/// <c>draw(ADOPT, r, t, v, 0) &lt; b(v)</c>. Credited to the lowest-id in-tie whose adoption
/// reached the node at the step it tipped (social proof).
/// </summary>
public sealed class LinearThresholdAgent : AgentBlock
{
    private readonly InTieShare _share;
    private double[]? _raised;

    public LinearThresholdAgent(AgentContext context, int firstNode, int replicates, int firstReplicate)
        : base(context, firstNode, replicates, firstReplicate)
    {
        _share = new InTieShare(context.Ties, replicates);
    }

    public override bool ReadsSocialProof => true;

    /// <summary>The threshold of a node whose only source is the model's <paramref name="threshold"/>: trait 0, <c>draw(TRAIT, r, 0, node, 0)</c>, clipped to [0, 1].</summary>
    public static double ThresholdOf(Distribution threshold, Draws draws, int replicate, int node) =>
        PopulationTraits.Sample(threshold, draws, replicate, node, Market.Trait.Threshold);

    protected override void Observe(int index, int replicate, ReadOnlySpan<Letter> letters) => _share.Observe(index, Slot(index, replicate), letters);

    /// <summary>Raises the node's threshold by <c>aversion</c> per negative message (the raised thresholds are allocated at the block's first one).</summary>
    protected override bool Averse(int index, int replicate, int negatives)
    {
        double threshold = Threshold(index, replicate);
        for (int i = 0; i < negatives; i++)
        {
            threshold += Context.Aversion;
        }

        if (_raised is null)
        {
            _raised = new double[Slots];
            Array.Fill(_raised, double.NaN);
        }

        _raised[Slot(index, replicate)] = threshold;
        return threshold > 1;
    }

    protected override Adoption? Decide(int index, int replicate, int step, ReadOnlySpan<Letter> letters, double broadcast, int strongest)
    {
        if (broadcast > 0 && Draws.Draw(DrawPurpose.Adopt, replicate, step, NodeOf(index), 0) < broadcast)
        {
            return Adoption.ByBroadcast(strongest);
        }

        if (Ties.InDegree(index) == 0 || _share.Share(index, Slot(index, replicate)) < Threshold(index, replicate))
        {
            return null;
        }

        return Adoption.FromLetter(AdoptionCause.SocialProof, letters, letters.FirstOfKind(LetterKind.SocialProof));
    }

    private double Threshold(int index, int replicate) =>
        _raised is { } raised && !double.IsNaN(raised[Slot(index, replicate)])
            ? raised[Slot(index, replicate)]
            : Trait(Market.Trait.Threshold, index, replicate);
}
