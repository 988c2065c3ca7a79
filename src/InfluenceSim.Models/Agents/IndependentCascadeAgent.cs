using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Independent cascade (Kempe, Kleinberg and Tardos 2003) with prescribing windows, per-node
/// landing weights, valence and aversion, over a block of nodes: the k-th prescription of u to v
/// lands when <c>draw(PRESCRIBE, r, k, u, v) &lt; (p(u, v) * propensity(u)) * credibility(u)</c>
/// (the prescriber evaluates it, so only landed prescriptions travel), p(u, v) the run's number
/// or, under a named rule, the ties' stored <see cref="TieProbabilities"/>; a positive one converts when
/// <c>draw(ADOPT, r, t, v, 1) &lt; A(v)</c>, credited to the lowest landing prescriber.
/// </summary>
public sealed class IndependentCascadeAgent : AgentBlock
{
    private readonly double? _probability;
    private readonly int _prescribingSteps;
    private readonly Acceptance _acceptance;

    public IndependentCascadeAgent(AgentContext context, int firstNode, int replicates, int firstReplicate, double? probability, int prescribingSteps)
        : base(context, firstNode, replicates, firstReplicate)
    {
        _probability = probability;
        _prescribingSteps = prescribingSteps;
        _acceptance = new Acceptance(Slots);
    }

    public override bool ReadsSocialProof => false;

    protected override bool PrescribesAt(int index, int replicate, int step, int adoptedAt) =>
        adoptedAt != NodeAgent.NotAdopted && step >= adoptedAt && step < adoptedAt + _prescribingSteps;

    protected override double TieProbability(int index, int tie) => Ties.OutProbability(index, tie);

    protected override double? UniformTieProbability => _probability;

    protected override bool SendsPositiveWordAt(int index, int replicate, int step, int adoptedAt) =>
        PrescribesAt(index, replicate, step, adoptedAt) && !Dissatisfied(index, replicate);

    protected override bool Averse(int index, int replicate, int negatives) =>
        _acceptance.Lower(Slot(index, replicate), negatives, Context.Aversion);

    protected override Adoption? Decide(int index, int replicate, int step, ReadOnlySpan<Letter> letters, double broadcast, int strongest)
    {
        double acceptance = _acceptance[Slot(index, replicate)];
        int node = NodeOf(index);
        if (broadcast > 0 && Draws.Draw(DrawPurpose.Adopt, replicate, step, node, 0) < broadcast * acceptance)
        {
            return Adoption.ByBroadcast(strongest);
        }

        int first = letters.FirstOfKind(LetterKind.PositivePrescription);
        if (first < 0 || (acceptance < 1 && Draws.Draw(DrawPurpose.Adopt, replicate, step, node, 1) >= acceptance))
        {
            return null;
        }

        return Adoption.FromLetter(AdoptionCause.Prescription, letters, first);
    }
}
