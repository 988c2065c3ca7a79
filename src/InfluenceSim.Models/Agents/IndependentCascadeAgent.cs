using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Independent cascade (Kempe, Kleinberg and Tardos 2003) with prescribing windows, per-node
/// landing weights, valence and aversion: a prescription lands when
/// <c>draw(PRESCRIBE, r, k, u, v) &lt; (p * propensity(u)) * credibility(u)</c> (the prescriber
/// evaluates it, so only landed prescriptions travel); a positive one converts when
/// <c>draw(ADOPT, r, t, v, 1) &lt; A(v)</c>, credited to the lowest landing prescriber.
/// </summary>
public sealed class IndependentCascadeAgent(int node, AgentContext context, int replicates, double probability, int prescribingSteps)
    : NodeAgent(node, context, replicates)
{
    private readonly Acceptance _acceptance = new(replicates);

    public override bool ReadsSocialProof => false;

    public override bool PrescribesAt(int replicate, int step)
    {
        int adopted = AdoptedAt(replicate);
        return adopted != NotAdopted && step >= adopted && step < adopted + prescribingSteps;
    }

    protected override double LandingWeight(int replicate) =>
        probability * Trait(Market.Trait.PrescriptionPropensity, replicate) * Trait(Market.Trait.Credibility, replicate);

    protected override bool SendsPositiveWordAt(int replicate, int step) => PrescribesAt(replicate, step) && !Dissatisfied(replicate);

    protected override bool Averse(int replicate, int negatives) => _acceptance.Lower(replicate, negatives, Context.Aversion);

    protected override Adoption? Decide(int replicate, int step, ReadOnlySpan<Letter> letters, double broadcast, int strongest)
    {
        double acceptance = _acceptance[replicate];
        if (broadcast > 0 && Draws.Draw(DrawPurpose.Adopt, replicate, step, Node, 0) < broadcast * acceptance)
        {
            return Adoption.ByBroadcast(strongest);
        }

        int first = letters.FirstOfKind(LetterKind.PositivePrescription);
        if (first < 0 || (acceptance < 1 && Draws.Draw(DrawPurpose.Adopt, replicate, step, Node, 1) >= acceptance))
        {
            return null;
        }

        return Adoption.FromLetter(AdoptionCause.Prescription, letters, first);
    }
}
