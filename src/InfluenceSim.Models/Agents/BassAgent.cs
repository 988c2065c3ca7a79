using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// The Bass (1969) diffusion model on a network: a node adopts when
/// <c>x &lt; (p * b(v) + q * s(v)) * A(v)</c> with x = <c>draw(ADOPT, r, t, v, 0)</c>, b(v) the
/// broadcast strength, s(v) the weighted adopted share of its in-ties and A(v) its acceptance; the
/// cause is broadcast when <c>x &lt; p * b(v) * A(v)</c>, else social proof, credited to the
/// lowest-id adopted in-tie. A node with an adopted in-tie has a chance every step, so it asks to
/// be visited until it decides.
/// </summary>
public sealed class BassAgent : NodeAgent
{
    private readonly double _innovation;
    private readonly double _imitation;
    private readonly InTieShare _share;
    private readonly Acceptance _acceptance;

    public BassAgent(int node, AgentContext context, int replicates, double innovation, double imitation)
        : base(node, context, replicates)
    {
        _innovation = innovation;
        _imitation = imitation;
        _share = new InTieShare(context.Ties, replicates);
        _acceptance = new Acceptance(replicates);
    }

    public override bool ReadsSocialProof => true;

    protected override void Observe(int replicate, ReadOnlySpan<Letter> letters) => _share.Observe(replicate, letters);

    protected override bool Averse(int replicate, int negatives) => _acceptance.Lower(replicate, negatives, Context.Aversion);

    protected override Adoption? Decide(int replicate, int step, ReadOnlySpan<Letter> letters, double broadcast, int strongest)
    {
        double social = Math.Min(1, _share.Share(replicate));
        double acceptance = _acceptance[replicate];
        double external = _innovation * broadcast;
        double x = Draws.Draw(DrawPurpose.Adopt, replicate, step, Node, 0);
        if (!(x < (external + (_imitation * social)) * acceptance))
        {
            return null;
        }

        if (x < external * acceptance)
        {
            return Adoption.ByBroadcast(strongest);
        }

        var lowest = _share.Lowest(replicate);
        int letter = IndexOfSocialProof(letters, lowest.Sender);
        return new Adoption(AdoptionCause.SocialProof, lowest.Sender, lowest.Root, lowest.Sender < 0 ? 0 : lowest.Depth + 1, letter);
    }

    protected override bool WantsVisitAt(int replicate, int step) =>
        base.WantsVisitAt(replicate, step)
        || (AdoptedAt(replicate) == NotAdopted && RejectedAt(replicate) == NotAdopted && _imitation > 0 && _share.Share(replicate) > 0);

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
