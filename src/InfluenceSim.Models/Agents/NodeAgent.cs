using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// The pure logic of one node across every replicate of a run (docs/models.md "The step, in
/// full"): it counts the negative messages of a step, may reject, decides by broadcast or by the
/// model's own rule, and says what it sends once it has adopted. Hosts (a node grain, a test) own
/// it; it does no I/O.
/// </summary>
public abstract class NodeAgent
{
    /// <summary>The step recorded for a replicate in which the node has not adopted (or rejected).</summary>
    public const int NotAdopted = -1;

    /// <summary>The credit recorded when no single node caused the adoption (seeds, broadcasts, thresholds).</summary>
    public const int NoPrescriber = -1;

    private readonly int[] _adoptedAt;
    private int[]? _rejectedAt;
    private readonly int[] _creditedTo;
    private readonly int[] _rootOf;
    private readonly int[] _depthOf;
    private bool[]? _dissatisfied;

    protected NodeAgent(int node, AgentContext context, int replicates)
    {
        Node = node;
        Context = context;
        _adoptedAt = new int[replicates];
        _creditedTo = new int[replicates];
        _rootOf = new int[replicates];
        _depthOf = new int[replicates];
        Array.Fill(_adoptedAt, NotAdopted);
        Array.Fill(_creditedTo, NoPrescriber);
        Array.Fill(_rootOf, NoPrescriber);
    }

    public int Node { get; }

    public NodeTies Ties => Context.Ties;

    protected AgentContext Context { get; }

    protected Draws Draws => Context.Draws;

    /// <summary>The number of replicate lanes the agent carries.</summary>
    public int Replicates => _adoptedAt.Length;

    /// <summary>The step at which the node adopted in a replicate, or <see cref="NotAdopted"/>.</summary>
    public int AdoptedAt(int replicate) => _adoptedAt[replicate];

    /// <summary>The step at which the node rejected the product in a replicate, or <see cref="NotAdopted"/>.</summary>
    public int RejectedAt(int replicate) => _rejectedAt?[replicate] ?? NotAdopted;

    /// <summary>The node credited with the adoption in a replicate, or <see cref="NoPrescriber"/>.</summary>
    public int CreditedTo(int replicate) => _creditedTo[replicate];

    /// <summary>The seed whose cascade the adoption belongs to (following credits), or <see cref="NoPrescriber"/>.</summary>
    public int RootOf(int replicate) => _rootOf[replicate];

    /// <summary>How many credited nodes separate the adoption from the start of its chain (0 for a seed or a broadcast).</summary>
    public int DepthOf(int replicate) => _depthOf[replicate];

    /// <summary>Whether the node, an adopter, prescribes against the product in a replicate.</summary>
    public bool Dissatisfied(int replicate) => _dissatisfied?[replicate] ?? false;

    /// <summary>The letter credited with the last adoption decided by <see cref="Consider"/> (-1: none); valid until the next call.</summary>
    public int CreditedLetter { get; private set; } = -1;

    /// <summary>The cause of the last adoption decided by <see cref="Consider"/> or <see cref="AdoptAsSeed"/>.</summary>
    public AdoptionCause LastCause { get; private set; }

    /// <summary>Whether an adopter may be dissatisfied (a model without prescriptions counts every adopter as satisfied).</summary>
    protected virtual bool HasSatisfaction => true;

    /// <summary>Whether the model reads social proof (so adopters send it to their ties).</summary>
    public abstract bool ReadsSocialProof { get; }

    /// <summary>Adopts at step 0 as a seed; false when it already had.</summary>
    public bool AdoptAsSeed(int replicate)
    {
        if (_adoptedAt[replicate] != NotAdopted)
        {
            return false;
        }

        Adopt(replicate, 0, new Adoption(AdoptionCause.Seed, NoPrescriber, Node, 0, -1));
        return true;
    }

    /// <summary>
    /// Takes the mail of one step in one replicate (letters ordered by kind, then sender; empty
    /// or a lone visit when nothing reached the node) and decides.
    /// </summary>
    public Verdict Consider(int replicate, int step, ReadOnlySpan<Letter> letters)
    {
        CreditedLetter = -1;
        if (_adoptedAt[replicate] != NotAdopted || RejectedAt(replicate) != NotAdopted)
        {
            return Verdict.Settled;
        }

        int negatives = 0;
        foreach (var letter in letters)
        {
            if (LetterKind.IsNegative(letter.Kind))
            {
                negatives++;
            }
        }

        Observe(replicate, letters);
        if (negatives > 0 && Averse(replicate, negatives))
        {
            if (_rejectedAt is null)
            {
                _rejectedAt = new int[Replicates];
                Array.Fill(_rejectedAt, NotAdopted);
            }

            _rejectedAt[replicate] = step;
            return Verdict.Rejected;
        }

        double broadcast = BroadcastStrength(replicate, letters, out int strongest);
        if (Decide(replicate, step, letters, broadcast, strongest) is not { } adoption)
        {
            return Verdict.Undecided;
        }

        CreditedLetter = adoption.Letter;
        Adopt(replicate, step, adoption);
        return Verdict.Adopted;
    }

    /// <summary>
    /// What the node sends at <paramref name="step"/> of a replicate: social proof on adopting (when
    /// the model reads it), prescriptions while it prescribes (suppressed by the brand or not,
    /// landing or not), whether the brand relays it, and whether it must be visited next step.
    /// </summary>
    public void Send(int replicate, int step, Outbox outbox)
    {
        outbox.Clear();
        if (_adoptedAt[replicate] == step && ReadsSocialProof)
        {
            foreach (int target in Ties.OutTargets)
            {
                outbox.Mail.Add((target, LetterKind.SocialProof));
            }

            outbox.SocialProof = Ties.OutDegree;
        }

        if (PrescribesAt(replicate, step))
        {
            Prescribe(replicate, step, outbox);
        }

        var wordOfMouth = Context.WordOfMouth;
        if (wordOfMouth.Stance == BrandStance.Relay && SendsPositiveWordAt(replicate, step)
            && Draws.Draw(DrawPurpose.Relay, replicate, step, Node, 0) < wordOfMouth.Share)
        {
            outbox.Relayed = true;
        }

        outbox.Revisit = WantsVisitAt(replicate, step + 1);
    }

    /// <summary>
    /// Whether the node prescribes at <paramref name="step"/> of a replicate: by default only a
    /// dissatisfied adopter, at its adoption step, against the product.
    /// </summary>
    public virtual bool PrescribesAt(int replicate, int step) => _adoptedAt[replicate] == step && Dissatisfied(replicate);

    /// <summary>The chance that one of the node's prescriptions lands in a replicate: by default propensity * credibility.</summary>
    protected virtual double LandingWeight(int replicate) =>
        Trait(Market.Trait.PrescriptionPropensity, replicate) * Trait(Market.Trait.Credibility, replicate);

    /// <summary>Takes note of the step's letters before the decision (social proof from in-ties).</summary>
    protected virtual void Observe(int replicate, ReadOnlySpan<Letter> letters)
    {
    }

    /// <summary>Counts <paramref name="negatives"/> negative messages; true when the node now rejects.</summary>
    protected virtual bool Averse(int replicate, int negatives) => false;

    /// <summary>The model's decision, with the broadcast strength b(v) of the step and the index of the strongest positive broadcast.</summary>
    protected abstract Adoption? Decide(int replicate, int step, ReadOnlySpan<Letter> letters, double broadcast, int strongest);

    /// <summary>Whether the node must be visited at <paramref name="step"/> without mail.</summary>
    protected virtual bool WantsVisitAt(int replicate, int step) => PrescribesAt(replicate, step) && step > _adoptedAt[replicate];

    /// <summary>Whether the node sends positive word at <paramref name="step"/>, which the brand may relay.</summary>
    protected virtual bool SendsPositiveWordAt(int replicate, int step) => _adoptedAt[replicate] == step && !Dissatisfied(replicate);

    /// <summary>A trait of this node in a replicate.</summary>
    protected double Trait(Trait trait, int replicate) => Context.Traits.Value(trait, replicate, Node, Context.FixedValues);

    private void Prescribe(int replicate, int step, Outbox outbox)
    {
        outbox.Prescriber = true;
        bool negative = Dissatisfied(replicate);
        int kind = negative ? LetterKind.NegativePrescription : LetterKind.PositivePrescription;
        double weight = LandingWeight(replicate);
        bool suppress = Context.WordOfMouth.Stance == BrandStance.Suppress;
        double share = Context.WordOfMouth.Share;
        foreach (int target in Ties.OutTargets)
        {
            if (suppress && Draws.Draw(DrawPurpose.Suppress, replicate, step, Node, target) < share)
            {
                outbox.Suppressed++;
                continue;
            }

            outbox.Prescriptions++;
            if (Draws.Draw(DrawPurpose.Prescribe, replicate, step, Node, target) < weight)
            {
                outbox.Mail.Add((target, kind));
                outbox.Landed++;
            }
        }

        if (negative)
        {
            outbox.Negative = outbox.Prescriptions;
        }
    }

    private double BroadcastStrength(int replicate, ReadOnlySpan<Letter> letters, out int strongest)
    {
        strongest = -1;
        double best = 0;
        var persuasions = Context.WordOfMouth.Persuasions;
        for (int i = 0; i < letters.Length; i++)
        {
            if (letters[i].Kind == LetterKind.PositiveBroadcast && (strongest < 0 || persuasions[letters[i].Sender] > best))
            {
                strongest = i;
                best = persuasions[letters[i].Sender];
            }
        }

        return strongest < 0 ? 0 : best * Trait(Market.Trait.BroadcastSusceptibility, replicate);
    }

    private void Adopt(int replicate, int step, Adoption adoption)
    {
        _adoptedAt[replicate] = step;
        _creditedTo[replicate] = adoption.Credit;
        _rootOf[replicate] = adoption.Root;
        _depthOf[replicate] = adoption.Depth;
        if (HasSatisfaction && Context.Traits.Dissatisfied(replicate, Node, Context.FixedValues))
        {
            _dissatisfied ??= new bool[Replicates];
            _dissatisfied[replicate] = true;
        }
        LastCause = adoption.Cause;
    }
}
