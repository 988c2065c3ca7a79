using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Extending.Tests.Fashion;

/// <summary>
/// The fashion rule over a block of nodes: it counts the social proof each node receives (one
/// letter per adopted in-tie) and adopts while that count over the in-degree lies in [low, high].
/// </summary>
public sealed class FashionAgent : AgentBlock
{
    private readonly double _low;
    private readonly double _high;
    private readonly int[] _adoptedInTies;

    public FashionAgent(AgentContext context, int firstNode, int replicates, int firstReplicate, double low, double high)
        : base(context, firstNode, replicates, firstReplicate)
    {
        _low = low;
        _high = high;
        _adoptedInTies = new int[Slots];
    }

    public override bool ReadsSocialProof => true;

    protected override bool PrescribesAt(int index, int replicate, int step, int adoptedAt) => false;

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
        int adopted = _adoptedInTies[Slot(index, replicate)];
        if (adopted == 0)
        {
            return null;
        }

        double share = (double)adopted / Ties.InDegree(index);
        return share >= _low && share <= _high
            ? Adoption.FromLetter(AdoptionCause.SocialProof, letters, letters.FirstOfKind(LetterKind.SocialProof))
            : null;
    }
}
