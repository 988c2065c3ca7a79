using InfluenceSim.Models.Market;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// One node's agent across every replicate of a run: a view of the node at one index of an
/// <see cref="AgentBlock"/>, which holds the state and runs the rules (docs/models.md "Agent
/// state"). A node grain owns a block of one node through this view; a host of many nodes calls
/// the block by index instead, with no object per node. It does no I/O.
/// </summary>
public sealed class NodeAgent(AgentBlock block, int index)
{
    /// <summary>The step recorded for a replicate in which the node has not adopted (or rejected).</summary>
    public const int NotAdopted = -1;

    /// <summary>The credit recorded when no single node caused the adoption (seeds, broadcasts, thresholds).</summary>
    public const int NoPrescriber = -1;

    public int Node => block.NodeOf(index);

    /// <summary>The ties of the block the node belongs to (the node is at its index there).</summary>
    public NodeTies Ties => block.Ties;

    /// <summary>The number of replicate lanes the agent carries.</summary>
    public int Replicates => block.Replicates;

    /// <summary>Whether the model reads social proof (so adopters send it to their ties).</summary>
    public bool ReadsSocialProof => block.ReadsSocialProof;

    /// <summary>The letter credited with the last adoption decided by <see cref="Consider"/> (-1: none); valid until the next call.</summary>
    public int CreditedLetter { get; private set; } = -1;

    /// <summary>The cause of the last adoption decided by <see cref="Consider"/> or <see cref="AdoptAsSeed"/>.</summary>
    public AdoptionCause LastCause { get; private set; }

    /// <summary>The step at which the node adopted in a replicate, or <see cref="NotAdopted"/>.</summary>
    public int AdoptedAt(int replicate) => block.AdoptedAt(index, replicate);

    /// <summary>The step at which the node rejected the product in a replicate, or <see cref="NotAdopted"/>.</summary>
    public int RejectedAt(int replicate) => block.RejectedAt(index, replicate);

    /// <summary>The node credited with the adoption in a replicate, or <see cref="NoPrescriber"/>.</summary>
    public int CreditedTo(int replicate) => block.CreditedTo(index, replicate);

    /// <summary>The seed whose cascade the adoption belongs to (following credits), or <see cref="NoPrescriber"/>.</summary>
    public int RootOf(int replicate) => block.RootOf(index, replicate);

    /// <summary>How many credited nodes separate the adoption from the start of its chain (0 for a seed or a broadcast).</summary>
    public int DepthOf(int replicate) => block.DepthOf(index, replicate);

    /// <summary>Whether the node, an adopter, prescribes against the product in a replicate.</summary>
    public bool Dissatisfied(int replicate) => block.Dissatisfied(index, replicate);

    /// <summary>Whether the node prescribes at <paramref name="step"/> of a replicate.</summary>
    public bool PrescribesAt(int replicate, int step) => block.PrescribesAt(index, replicate, step);

    /// <summary>Adopts at step 0 as a seed; false when it already had.</summary>
    public bool AdoptAsSeed(int replicate)
    {
        if (!block.AdoptAsSeed(index, replicate))
        {
            return false;
        }

        LastCause = AdoptionCause.Seed;
        return true;
    }

    /// <summary>
    /// Takes the mail of one step in one replicate (letters ordered by kind, then sender; empty
    /// or a lone visit when nothing reached the node) and decides.
    /// </summary>
    public Verdict Consider(int replicate, int step, ReadOnlySpan<Letter> letters)
    {
        var decision = block.Consider(index, replicate, step, letters);
        CreditedLetter = decision.CreditedLetter;
        if (decision.Verdict == Verdict.Adopted)
        {
            LastCause = decision.Cause;
        }

        return decision.Verdict;
    }

    /// <summary>What the node sends at <paramref name="step"/> of a replicate (see <see cref="AgentBlock.Send"/>).</summary>
    public void Send(int replicate, int step, Outbox outbox) => block.Send(index, replicate, step, outbox);
}
