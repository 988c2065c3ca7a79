using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Complex contagion (Centola and Macy 2007): the node adopts once at least <c>threshold-count</c>
/// distinct in-ties have adopted (each reaches it once, so counting social proof counts adopted
/// in-ties); a broadcast converts first with <c>draw(ADOPT, r, t, v, 0) &lt; b(v)</c>. Credited to
/// the lowest-id in-tie whose adoption reached the node at the step it tipped.
/// </summary>
public sealed class ComplexContagionAgent(int node, AgentContext context, int replicates, int thresholdCount)
    : NodeAgent(node, context, replicates)
{
    private readonly int[] _adoptedInTies = new int[replicates];

    public override bool ReadsSocialProof => true;

    public override bool PrescribesAt(int replicate, int step) => false;

    /// <summary>Satisfaction plays no part in complex contagion: every adopter's word is positive, and may be relayed.</summary>
    protected override bool HasSatisfaction => false;

    protected override void Observe(int replicate, ReadOnlySpan<Letter> letters)
    {
        foreach (var letter in letters)
        {
            if (letter.Kind == LetterKind.SocialProof)
            {
                _adoptedInTies[replicate]++;
            }
        }
    }

    protected override Adoption? Decide(int replicate, int step, ReadOnlySpan<Letter> letters, double broadcast, int strongest)
    {
        if (broadcast > 0 && Draws.Draw(DrawPurpose.Adopt, replicate, step, Node, 0) < broadcast)
        {
            return Adoption.ByBroadcast(strongest);
        }

        return _adoptedInTies[replicate] >= thresholdCount
            ? Adoption.FromLetter(AdoptionCause.SocialProof, letters, letters.FirstOfKind(LetterKind.SocialProof))
            : null;
    }
}
