using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// The pure decision logic of one node across every replicate of a run: it adopts as a seed, or
/// from the mail of a step (the ids of the ties that reached it, ascending), and says whom it
/// prescribes to once it has adopted. Hosts (a node grain, a test) own it; it does no I/O.
/// </summary>
public abstract class NodeAgent
{
    /// <summary>The adoption step recorded for a replicate in which the node has not adopted.</summary>
    public const int NotAdopted = -1;

    /// <summary>The credit recorded when no single prescriber caused the adoption (seeds, thresholds).</summary>
    public const int NoPrescriber = -1;

    private readonly int[] _adoptedAt;
    private readonly int[] _creditedTo;
    private readonly int[] _rootOf;
    private readonly int[] _depthOf;

    protected NodeAgent(int node, NodeTies ties, Draws draws, int replicates)
    {
        Node = node;
        Ties = ties;
        Draws = draws;
        _adoptedAt = new int[replicates];
        _creditedTo = new int[replicates];
        _rootOf = new int[replicates];
        _depthOf = new int[replicates];
        Array.Fill(_adoptedAt, NotAdopted);
        Array.Fill(_creditedTo, NoPrescriber);
        Array.Fill(_rootOf, NoPrescriber);
    }

    public int Node { get; }

    public NodeTies Ties { get; }

    protected Draws Draws { get; }

    /// <summary>The number of replicate lanes the agent carries.</summary>
    public int Replicates => _adoptedAt.Length;

    /// <summary>The step at which the node adopted in a replicate, or <see cref="NotAdopted"/>.</summary>
    public int AdoptedAt(int replicate) => _adoptedAt[replicate];

    /// <summary>The prescriber credited with the node's adoption in a replicate, or <see cref="NoPrescriber"/>.</summary>
    public int CreditedTo(int replicate) => _creditedTo[replicate];

    /// <summary>
    /// The seed whose cascade the node's adoption belongs to in a replicate, following credited
    /// prescribers back to a seed (a seed is its own root), or <see cref="NoPrescriber"/> when the
    /// chain of credits reaches an adoption nobody is credited with.
    /// </summary>
    public int RootOf(int replicate) => _rootOf[replicate];

    /// <summary>How many credited prescriptions separate the node's adoption from its root (0 for a seed).</summary>
    public int DepthOf(int replicate) => _depthOf[replicate];

    /// <summary>How many steps an adopter prescribes for, starting at its adoption step (1: only then).</summary>
    public virtual int PrescribingSteps => 1;

    /// <summary>Whether the node, an adopter in <paramref name="replicate"/>, prescribes at <paramref name="step"/>.</summary>
    public bool PrescribesAt(int replicate, int step)
    {
        int adopted = _adoptedAt[replicate];
        return adopted != NotAdopted && step >= adopted && step < adopted + PrescribingSteps;
    }

    /// <summary>Adopts at step 0 as a seed; false when it already had.</summary>
    public bool AdoptAsSeed(int replicate)
    {
        if (_adoptedAt[replicate] != NotAdopted)
        {
            return false;
        }

        _adoptedAt[replicate] = 0;
        _rootOf[replicate] = Node;
        _depthOf[replicate] = 0;
        return true;
    }

    /// <summary>
    /// Takes the mail of one step in one replicate (sender ids ascending, each with the root and
    /// depth of the sender's own adoption; empty when the node is visited without mail) and says
    /// whether the node adopts at that step.
    /// </summary>
    public bool Consider(int replicate, int step, ReadOnlySpan<int> senders, ReadOnlySpan<int> senderRoots, ReadOnlySpan<int> senderDepths)
    {
        if (_adoptedAt[replicate] != NotAdopted || !Decide(replicate, step, senders, out int credit))
        {
            return false;
        }

        _adoptedAt[replicate] = step;
        _creditedTo[replicate] = credit;
        int index = credit == NoPrescriber ? -1 : senders.IndexOf(credit);
        _rootOf[replicate] = index < 0 ? NoPrescriber : senderRoots[index];
        _depthOf[replicate] = index < 0 ? 0 : senderDepths[index] + 1;
        return true;
    }

    /// <summary>Adds to <paramref name="targets"/> the out-neighbours that mail from this node, an adopter at <paramref name="step"/>, must reach at the next step.</summary>
    public abstract void Prescribe(int replicate, int step, List<int> targets);

    /// <summary>The model's rule for a node that has not adopted: whether this step's mail makes it adopt, and whom to credit.</summary>
    protected abstract bool Decide(int replicate, int step, ReadOnlySpan<int> senders, out int credit);
}
