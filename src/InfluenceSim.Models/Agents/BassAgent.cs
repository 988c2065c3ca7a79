using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// The Bass (1969) diffusion model on a network, over a block of nodes: a node adopts when
/// <c>x &lt; (p * b(v) + q * s(v)) * A(v)</c> with x = <c>draw(ADOPT, r, t, v, 0)</c>, b(v) the
/// broadcast strength, s(v) the weighted adopted share of its in-ties and A(v) its acceptance; the
/// cause is broadcast when <c>x &lt; p * b(v) * A(v)</c>, else social proof, credited to the
/// lowest-id adopted in-tie. A node with an adopted in-tie has a chance every step, so it asks to
/// be visited until it decides.
/// </summary>
public sealed class BassAgent : AgentBlock
{
    private readonly double _innovation;
    private readonly double _imitation;
    private readonly InTieShare _share;
    private readonly Acceptance _acceptance;

    public BassAgent(AgentContext context, int firstNode, int replicates, int firstReplicate, double innovation, double imitation)
        : base(context, firstNode, replicates, firstReplicate)
    {
        _innovation = innovation;
        _imitation = imitation;
        _share = new InTieShare(context.Ties, replicates);
        _acceptance = new Acceptance(Slots);
    }

    public override bool ReadsSocialProof => true;

    protected override void Observe(int index, int replicate, ReadOnlySpan<Letter> letters) => _share.Observe(index, Slot(index, replicate), letters);

    protected override bool Averse(int index, int replicate, int negatives) =>
        _acceptance.Lower(Slot(index, replicate), negatives, Context.Aversion);

    protected override Adoption? Decide(int index, int replicate, int step, ReadOnlySpan<Letter> letters, double broadcast, int strongest)
    {
        int slot = Slot(index, replicate);
        double social = Math.Min(1, _share.Share(index, slot));
        double acceptance = _acceptance[slot];
        double external = _innovation * broadcast;
        double x = Draws.Draw(DrawPurpose.Adopt, replicate, step, NodeOf(index), 0);
        if (!(x < (external + (_imitation * social)) * acceptance))
        {
            return null;
        }

        if (x < external * acceptance)
        {
            return Adoption.ByBroadcast(strongest);
        }

        var lowest = _share.Lowest(slot);
        int letter = IndexOfSocialProof(letters, lowest.Sender);
        return new Adoption(AdoptionCause.SocialProof, lowest.Sender, lowest.Root, lowest.Sender < 0 ? 0 : lowest.Depth + 1, letter);
    }

    protected override bool WantsVisitAt(int index, int replicate, int step, int adoptedAt) =>
        base.WantsVisitAt(index, replicate, step, adoptedAt)
        || (adoptedAt == NodeAgent.NotAdopted && RejectedAt(index, replicate) == NodeAgent.NotAdopted
            && _imitation > 0 && _share.Share(index, Slot(index, replicate)) > 0);

    private static int IndexOfSocialProof(ReadOnlySpan<Letter> letters, int sender)
    {
        for (int i = 0; i < letters.Length; i++)
        {
            if (letters[i].Kind == LetterKind.SocialProof && letters[i].Sender == sender)
            {
                return i;
            }
        }

        return -1;
    }
}
