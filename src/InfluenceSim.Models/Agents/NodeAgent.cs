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

    protected NodeAgent(int node, NodeTies ties, Draws draws, int replicates)
    {
        Node = node;
        Ties = ties;
        Draws = draws;
        _adoptedAt = new int[replicates];
        _creditedTo = new int[replicates];
        Array.Fill(_adoptedAt, NotAdopted);
        Array.Fill(_creditedTo, NoPrescriber);
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

    /// <summary>Adopts at step 0 as a seed; false when it already had.</summary>
    public bool AdoptAsSeed(int replicate)
    {
        if (_adoptedAt[replicate] != NotAdopted)
        {
            return false;
        }

        _adoptedAt[replicate] = 0;
        return true;
    }

    /// <summary>
    /// Takes the mail of one step in one replicate (sender ids ascending; empty when the node is
    /// visited without mail) and says whether the node adopts at that step.
    /// </summary>
    public bool Consider(int replicate, int step, ReadOnlySpan<int> senders)
    {
        if (_adoptedAt[replicate] != NotAdopted || !Decide(replicate, step, senders, out int credit))
        {
            return false;
        }

        _adoptedAt[replicate] = step;
        _creditedTo[replicate] = credit;
        return true;
    }

    /// <summary>Adds to <paramref name="targets"/> the out-neighbours that mail from this node, an adopter at <paramref name="step"/>, must reach at the next step.</summary>
    public abstract void Prescribe(int replicate, int step, List<int> targets);

    /// <summary>The model's rule for a node that has not adopted: whether this step's mail makes it adopt, and whom to credit.</summary>
    protected abstract bool Decide(int replicate, int step, ReadOnlySpan<int> senders, out int credit);
}
