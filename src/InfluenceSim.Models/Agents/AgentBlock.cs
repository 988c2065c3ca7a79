using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// The pure logic and the state of a contiguous run of nodes across a run of replicate lanes
/// (docs/models.md "The step, in full" and "Agent state"), playing the three roles of each node,
/// given by its index in the run (docs/architecture.md "Roles"): as consumer it receives a step's
/// letters, counting the negative messages, and may reject; as actor it decides by broadcast or by
/// the model's own rule and makes its adoption visible; as prescriber it recommends to its ties.
/// The state lives in flat arrays, one entry per node and lane (slot = index * lanes + lane), so a
/// block of millions of nodes holds no object per node; a node grain is a block of one node. It
/// does no I/O and is used by one thread at a time.
/// </summary>
public abstract class AgentBlock : IConsumerRole, IActorRole, IPrescriberRole
{
    private readonly SlotState[] _states;
    private readonly nint _firstState;
    private readonly int _nodeCount;
    private readonly double[]? _sameTraits;
    private ulong[]? _firstAttemptKeys;
    private int[]? _rejectedAt;
    private BitArray? _dissatisfied;

    /// <summary>A block of the nodes of <paramref name="context"/>'s ties, node index 0 being <paramref name="firstNode"/>, over the replicates <paramref name="firstReplicate"/> .. + <paramref name="replicates"/> - 1.</summary>
    protected AgentBlock(AgentContext context, int firstNode, int replicates, int firstReplicate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstNode);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(replicates);
        ArgumentOutOfRangeException.ThrowIfNegative(firstReplicate);
        Context = context;
        FirstNode = firstNode;
        Replicates = replicates;
        FirstReplicate = firstReplicate;
        _nodeCount = context.Ties.NodeCount;
        Slots = checked(_nodeCount * replicates);
        bool many = _nodeCount > 1;
        int spare = many ? 1 : 0;
        _states = context.Lanes is { } lanes ? lanes.Take<SlotState>(Slots + spare) : LaneMemory.Allocate<SlotState>(Slots + spare);
        _firstState = many ? LaneMemory.AlignedStart(_states) : 0;
        MemoryMarshal.CreateSpan(ref State(0), Slots).Fill(SlotState.Unadopted);
        _sameTraits = many ? SameTraits(context) : null;
    }

    /// <summary>The id of the node at index 0.</summary>
    public int FirstNode { get; }

    /// <summary>How many nodes the block holds.</summary>
    public int NodeCount => _nodeCount;

    /// <summary>The number of replicate lanes the block carries.</summary>
    public int Replicates { get; }

    /// <summary>The replicate of lane 0; the block answers for replicates <see cref="FirstReplicate"/> .. + <see cref="Replicates"/> - 1.</summary>
    public int FirstReplicate { get; }

    /// <summary>The ties of the block's nodes, by index.</summary>
    public NodeTies Ties => Context.Ties;

    /// <summary>Whether the model reads social proof (so adopters send it to their ties).</summary>
    public abstract bool ReadsSocialProof { get; }

    /// <summary>How many node x lane entries each state array holds.</summary>
    protected int Slots { get; }

    protected AgentContext Context { get; }

    protected Draws Draws => Context.Draws;

    /// <summary>Whether an adopter may be dissatisfied (a model without prescriptions counts every adopter as satisfied).</summary>
    protected virtual bool HasSatisfaction => true;

    /// <summary>Gives the block's node x lane state back to the context's <see cref="LaneShelf"/> for a later block; the block is not used again.</summary>
    public void GiveBackLanes() => Context.Lanes?.Give(_states);

    /// <summary>
    /// Asks the processor to start loading the state of node <paramref name="index"/> in
    /// <paramref name="replicate"/>, which a coming <see cref="Receive"/> reads: a host that knows its
    /// next deliveries overlaps their cache misses with the work before them. No result depends on it.
    /// </summary>
    public unsafe void Prefetch(int index, int replicate)
    {
        int slot = (index * Replicates) + (replicate - FirstReplicate);
        if (Sse.IsSupported && (uint)slot < (uint)Slots)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref State(slot)));
        }
    }

    /// <summary>
    /// Asks the processor to start loading the out-ties of node <paramref name="index"/>, which the node
    /// reads when it shows its adoption or prescribes (<see cref="Prefetch"/>'s companion). No result depends on it.
    /// </summary>
    public unsafe void PrefetchTies(int index)
    {
        var targets = Ties.OutTargets(index);
        if (Sse.IsSupported && !targets.IsEmpty)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref MemoryMarshal.GetReference(targets)));
        }
    }

    /// <summary>The id of the node at <paramref name="index"/>.</summary>
    public int NodeOf(int index) => FirstNode + index;

    /// <inheritdoc/>
    public int AdoptedAt(int index, int replicate) => State(Slot(index, replicate)).AdoptedAt;

    /// <inheritdoc/>
    public int RejectedAt(int index, int replicate) => _rejectedAt is { } rejected ? rejected[Slot(index, replicate)] : NodeAgent.NotAdopted;

    /// <inheritdoc/>
    public int CreditedTo(int index, int replicate) => State(Slot(index, replicate)).CreditedTo;

    /// <inheritdoc/>
    public int RootOf(int index, int replicate) => State(Slot(index, replicate)).RootOf;

    /// <inheritdoc/>
    public int DepthOf(int index, int replicate) => State(Slot(index, replicate)).DepthOf;

    /// <inheritdoc/>
    public bool Dissatisfied(int index, int replicate) => _dissatisfied is { } bits && bits[Slot(index, replicate)];

    /// <inheritdoc/>
    public bool AdoptAsSeed(int index, int replicate)
    {
        int slot = Slot(index, replicate);
        if (State(slot).AdoptedAt != NodeAgent.NotAdopted)
        {
            return false;
        }

        Adopt(index, replicate, slot, 0, NodeAgent.NoPrescriber, NodeOf(index), 0);
        return true;
    }

    /// <summary>
    /// Takes the mail of node <paramref name="index"/> at one step in one replicate (letters
    /// ordered by kind, then sender; empty or a lone visit when nothing reached the node) and
    /// decides: the consumer receives it, then, unless that settled the step, the actor decides.
    /// </summary>
    public Decision Consider(int index, int replicate, int step, ReadOnlySpan<Letter> letters) => Receive(index, replicate, step, letters) switch
    {
        Verdict.Settled => Decision.Settled,
        Verdict.Rejected => Decision.Rejected,
        _ => Decide(index, replicate, step, letters),
    };

    /// <inheritdoc/>
    public Verdict Receive(int index, int replicate, int step, ReadOnlySpan<Letter> letters)
    {
        int slot = Slot(index, replicate);
        if (State(slot).AdoptedAt != NodeAgent.NotAdopted || (_rejectedAt is { } settled && settled[slot] != NodeAgent.NotAdopted))
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

        Observe(index, replicate, letters);
        if (negatives > 0 && Averse(index, replicate, negatives))
        {
            _rejectedAt ??= Filled(Slots, NodeAgent.NotAdopted);
            _rejectedAt[slot] = step;
            return Verdict.Rejected;
        }

        return Verdict.Undecided;
    }

    /// <inheritdoc/>
    public Decision Decide(int index, int replicate, int step, ReadOnlySpan<Letter> letters)
    {
        double broadcast = BroadcastStrength(index, replicate, letters, out int strongest);
        var decided = Decide(index, replicate, step, letters, broadcast, strongest);
        if (!decided.HasValue)
        {
            return Decision.Undecided;
        }

        // Field by field: a copy of the whole struct, written field by field by the model, stalls the processor.
        ref readonly var adoption = ref Nullable.GetValueRefOrDefaultRef(in decided);
        var (cause, credit, root, depth, letter) = (adoption.Cause, adoption.Credit, adoption.Root, adoption.Depth, adoption.Letter);
        Adopt(index, replicate, Slot(index, replicate), step, credit, root, depth);
        return new Decision(Verdict.Adopted, new Adoption(cause, credit, root, depth, letter));
    }

    /// <summary>
    /// What node <paramref name="index"/> sends at <paramref name="step"/> of a replicate: its actor's
    /// visible choice (<see cref="Show(int, int, int, Outbox)"/>), its prescriber's recommendations (<see cref="Prescribe(int, int, int, Outbox)"/>),
    /// whether it must be visited next step, and the root and depth of its adoption, which its letters
    /// carry. <paramref name="outbox"/> is cleared first. The node's state is read once and handed to each rule.
    /// </summary>
    public void Send(int index, int replicate, int step, Outbox outbox)
    {
        var state = State(Slot(index, replicate));
        outbox.Clear();
        outbox.Root = state.RootOf;
        outbox.Depth = state.DepthOf;
        MakeVisible(index, step, state.AdoptedAt, outbox);
        Prescribe(index, replicate, step, state.AdoptedAt, outbox);
        outbox.Revisit = WantsVisitAt(index, replicate, step + 1, state.AdoptedAt);
    }

    /// <inheritdoc/>
    public void Show(int index, int replicate, int step, Outbox outbox) => MakeVisible(index, step, AdoptedAt(index, replicate), outbox);

    /// <inheritdoc/>
    public void Prescribe(int index, int replicate, int step, Outbox outbox) => Prescribe(index, replicate, step, AdoptedAt(index, replicate), outbox);

    /// <inheritdoc/>
    public bool PrescribesAt(int index, int replicate, int step) => PrescribesAt(index, replicate, step, AdoptedAt(index, replicate));

    /// <summary>The entry of node <paramref name="index"/> in <paramref name="replicate"/> in every node x lane array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected int Slot(int index, int replicate)
    {
        int lane = replicate - FirstReplicate;
        if ((uint)lane >= (uint)Replicates)
        {
            throw new ArgumentOutOfRangeException(nameof(replicate), replicate, $"the block holds replicates {FirstReplicate} to {FirstReplicate + Replicates - 1}");
        }

        if ((uint)index >= (uint)_nodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"the block holds node indices 0 to {_nodeCount - 1}");
        }

        return (index * Replicates) + lane;
    }

    /// <summary>
    /// Whether node <paramref name="index"/>, adopted at <paramref name="adoptedAt"/> (or
    /// <see cref="NodeAgent.NotAdopted"/>), prescribes at <paramref name="step"/> of a replicate:
    /// by default only a dissatisfied adopter, at its adoption step, against the product.
    /// </summary>
    protected virtual bool PrescribesAt(int index, int replicate, int step, int adoptedAt) => adoptedAt == step && Dissatisfied(index, replicate);

    /// <summary>The model's probability of out-tie number <paramref name="tie"/> of node <paramref name="index"/>, which the landing weight multiplies, asked only when <see cref="UniformTieProbability"/> is null: by default 1.</summary>
    protected virtual double TieProbability(int index, int tie) => 1.0;

    /// <summary>The probability every out-tie shares, when it is one number (asked once per prescriber, not per tie); null when it is per tie.</summary>
    protected virtual double? UniformTieProbability => 1.0;

    /// <summary>Takes note of the step's letters before the decision (social proof from in-ties).</summary>
    protected virtual void Observe(int index, int replicate, ReadOnlySpan<Letter> letters)
    {
    }

    /// <summary>Counts <paramref name="negatives"/> negative messages; true when the node now rejects.</summary>
    protected virtual bool Averse(int index, int replicate, int negatives) => false;

    /// <summary>The model's decision, with the broadcast strength b(v) of the step and the index of the strongest positive broadcast.</summary>
    protected abstract Adoption? Decide(int index, int replicate, int step, ReadOnlySpan<Letter> letters, double broadcast, int strongest);

    /// <summary>Whether the node, adopted at <paramref name="adoptedAt"/> (or not), must be visited at <paramref name="step"/> without mail.</summary>
    protected virtual bool WantsVisitAt(int index, int replicate, int step, int adoptedAt) =>
        PrescribesAt(index, replicate, step, adoptedAt) && step > adoptedAt;

    /// <summary>Whether the node, adopted at <paramref name="adoptedAt"/> (or not), sends positive word at <paramref name="step"/>, which the brand may relay.</summary>
    protected virtual bool SendsPositiveWordAt(int index, int replicate, int step, int adoptedAt) =>
        adoptedAt == step && !Dissatisfied(index, replicate);

    /// <summary>A trait of node <paramref name="index"/> in a replicate: the value every node shares when it is one (a block of many nodes asks once, when it is made), else the node's own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected double Trait(Trait trait, int index, int replicate) =>
        _sameTraits is { } same && !double.IsNaN(same[(int)trait]) ? same[(int)trait] : Context.Traits.Value(trait, replicate, NodeOf(index), Context.FixedValues, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MakeVisible(int index, int step, int adoptedAt, Outbox outbox)
    {
        if (adoptedAt == step && ReadsSocialProof)
        {
            foreach (int target in Ties.OutTargets(index))
            {
                outbox.Mail.Add((target, LetterKind.SocialProof));
            }

            outbox.SocialProof = Ties.OutDegree(index);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Prescribe(int index, int replicate, int step, int adoptedAt, Outbox outbox)
    {
        if (PrescribesAt(index, replicate, step, adoptedAt))
        {
            PrescribeToTies(index, replicate, step, adoptedAt, outbox);
        }

        if (Context.WordOfMouth.Stance == BrandStance.Relay && SendsPositiveWordAt(index, replicate, step, adoptedAt)
            && Draws.Draw(DrawPurpose.Relay, replicate, step, NodeOf(index), 0) < Context.WordOfMouth.Share)
        {
            outbox.Relayed = true;
        }
    }

    private void PrescribeToTies(int index, int replicate, int step, int adoptedAt, Outbox outbox)
    {
        outbox.Prescriber = true;
        bool negative = Dissatisfied(index, replicate);
        int kind = negative ? LetterKind.NegativePrescription : LetterKind.PositivePrescription;
        double propensity = Trait(Market.Trait.PrescriptionPropensity, index, replicate);
        double credibility = Trait(Market.Trait.Credibility, index, replicate);
        bool suppress = Context.WordOfMouth.Stance == BrandStance.Suppress;
        double share = Context.WordOfMouth.Share;
        int node = NodeOf(index);
        int attempt = step - adoptedAt;
        var targets = Ties.OutTargets(index);
        var draws = Draws;
        ulong suppressKey = suppress ? draws.Prefix(DrawPurpose.Suppress, replicate, step, node) : 0;
        ulong prescribeKey = PrescribeKey(replicate, attempt, node);
        double? uniform = UniformTieProbability;
        if (!suppress && uniform is { } probability)
        {
            outbox.Prescriptions += targets.Length;
            outbox.Landed += Landings.Add(prescribeKey, targets, (probability * propensity) * credibility, kind, outbox.Mail);
        }
        else
        {
            for (int tie = 0; tie < targets.Length; tie++)
            {
                int target = targets[tie];
                if (suppress && Draws.DrawAfter(suppressKey, target) < share)
                {
                    outbox.Suppressed++;
                    continue;
                }

                outbox.Prescriptions++;
                if (Draws.DrawAfter(prescribeKey, target) < ((uniform ?? TieProbability(index, tie)) * propensity) * credibility)
                {
                    outbox.Mail.Add((target, kind));
                    outbox.Landed++;
                }
            }
        }

        if (negative)
        {
            outbox.Negative = outbox.Prescriptions;
        }
    }

    /// <summary>
    /// <c>Draws.Prefix(PRESCRIBE, replicate, attempt, node)</c>: at attempt 0 (every prescription of a
    /// one-step window) in a block of many nodes, from the lane's first three keys, mixed at its first
    /// prescription and kept (<see cref="Draws.Prefix(DrawPurpose, int, int)"/>), so a prescriber mixes
    /// only its own id; a block of one node (a node grain's) would use each lane's keys once, and keeps none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong PrescribeKey(int replicate, int attempt, int node)
    {
        if (attempt != 0 || _nodeCount == 1)
        {
            return Draws.Prefix(DrawPurpose.Prescribe, replicate, attempt, node);
        }

        var keys = _firstAttemptKeys ??= FirstAttemptKeys();
        return Draws.Mix(keys[replicate - FirstReplicate] ^ unchecked((ulong)(long)node));
    }

    /// <summary>Every lane's <c>Draws.Prefix(PRESCRIBE, replicate, 0)</c>.</summary>
    private ulong[] FirstAttemptKeys()
    {
        var keys = new ulong[Replicates];
        for (int lane = 0; lane < keys.Length; lane++)
        {
            keys[lane] = Draws.Prefix(DrawPurpose.Prescribe, FirstReplicate + lane, 0);
        }

        return keys;
    }

    /// <summary>Per trait, the value every node of the block shares, or NaN (<see cref="PopulationTraits.SameForEvery"/>).</summary>
    private static double[] SameTraits(AgentContext context)
    {
        var same = new double[TraitNames.All.Count];
        for (int trait = 0; trait < same.Length; trait++)
        {
            same[trait] = context.Traits.SameForEvery((Market.Trait)trait, context.FixedValues);
        }

        return same;
    }

    private double BroadcastStrength(int index, int replicate, ReadOnlySpan<Letter> letters, out int strongest)
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

        return strongest < 0 ? 0 : best * Trait(Market.Trait.BroadcastSusceptibility, index, replicate);
    }

    private void Adopt(int index, int replicate, int slot, int step, int credit, int root, int depth)
    {
        State(slot) = new SlotState(step, credit, root, depth);
        if (HasSatisfaction && Context.Traits.Dissatisfied(replicate, NodeOf(index), Trait(Market.Trait.Satisfaction, index, replicate)))
        {
            _dissatisfied ??= new BitArray(Slots);
            _dissatisfied[slot] = true;
        }
    }

    /// <summary>The state of <paramref name="slot"/> (0 .. <see cref="Slots"/> - 1, which <see cref="Slot"/> checks), read from where the slots start: in a block of many nodes on a 16-byte boundary (<see cref="LaneMemory.AlignedStart{T}"/>; its array holds one slot spare), in a block of one node (a node grain's small array, which the collector may move) at the array's start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref SlotState State(int slot) =>
        ref Unsafe.As<byte, SlotState>(ref Unsafe.AddByteOffset(ref Unsafe.As<SlotState, byte>(ref MemoryMarshal.GetArrayDataReference(_states)), _firstState + ((nint)slot * Unsafe.SizeOf<SlotState>())));

    private static int[] Filled(int count, int value)
    {
        var values = new int[count];
        Array.Fill(values, value);
        return values;
    }

    /// <summary>One node's adoption in one lane, its four numbers side by side so a step reads and writes one cache line.</summary>
    private readonly record struct SlotState(int AdoptedAt, int CreditedTo, int RootOf, int DepthOf)
    {
        public static SlotState Unadopted { get; } = new(NodeAgent.NotAdopted, NodeAgent.NoPrescriber, NodeAgent.NoPrescriber, 0);
    }
}
