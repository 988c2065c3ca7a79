using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Complex contagion (Centola and Macy 2007) over a block of nodes: a node adopts once at least
/// <c>threshold-count</c> distinct in-ties have adopted (each reaches it once, so counting social
/// proof counts adopted in-ties); a broadcast converts first with
/// <c>draw(ADOPT, r, t, v, 0) &lt; b(v)</c>. Credited to the lowest-id in-tie whose adoption
/// reached the node at the step it tipped.
/// </summary>
public sealed class ComplexContagionAgent : AgentBlock
{
    private readonly int _thresholdCount;
    private readonly int[] _adoptedInTies;

    public ComplexContagionAgent(AgentContext context, int firstNode, int replicates, int firstReplicate, int thresholdCount)
        : base(context, firstNode, replicates, firstReplicate)
    {
        _thresholdCount = thresholdCount;
        _adoptedInTies = new int[Slots];
    }

    public override bool ReadsSocialProof => true;

    protected override bool PrescribesAt(int index, int replicate, int step, int adoptedAt) => false;

    /// <summary>Satisfaction plays no part in complex contagion: every adopter's word is positive, and may be relayed.</summary>
    protected override bool HasSatisfaction => false;

    protected override void Observe(int index, int replicate, ReadOnlySpan<Letter> letters)
    {
        int slot = Slot(index, replicate);
        foreach (var letter in letters)
        {
            if (letter.Kind == LetterKind.SocialProof)
            {
                _adoptedInTies[slot]++;
            }
        }
    }

    protected override Adoption? Decide(int index, int replicate, int step, ReadOnlySpan<Letter> letters, double broadcast, int strongest)
    {
        if (broadcast > 0 && Draws.Draw(DrawPurpose.Adopt, replicate, step, NodeOf(index), 0) < broadcast)
        {
            return Adoption.ByBroadcast(strongest);
        }

        return _adoptedInTies[Slot(index, replicate)] >= _thresholdCount
            ? Adoption.FromLetter(AdoptionCause.SocialProof, letters, letters.FirstOfKind(LetterKind.SocialProof))
            : null;
    }
}
