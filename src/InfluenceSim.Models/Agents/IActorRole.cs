namespace InfluenceSim.Models.Agents;

/// <summary>
/// The actor role of a block's nodes (docs/architecture.md "Roles"): a node decides to adopt, and
/// its adoption is visible to its ties whether it means it or not; it answers for its choices.
/// </summary>
public interface IActorRole
{
    /// <summary>Adopts node <paramref name="index"/> at step 0 as a seed; false when it already had.</summary>
    bool AdoptAsSeed(int index, int replicate);

    /// <summary>
    /// Decides, once its consumer has received the step's <paramref name="letters"/> and left it
    /// undecided: adopts by broadcast or by the model's own rule, or stays undecided.
    /// </summary>
    Decision Decide(int index, int replicate, int step, ReadOnlySpan<Letter> letters);

    /// <summary>Makes the node's choice visible: at its adoption step, social proof to every out-tie when the model reads it.</summary>
    void Show(int index, int replicate, int step, Outbox outbox);

    /// <summary>The step at which node <paramref name="index"/> adopted in a replicate, or <see cref="NodeAgent.NotAdopted"/>.</summary>
    int AdoptedAt(int index, int replicate);

    /// <summary>The step at which the node rejected the product in a replicate, or <see cref="NodeAgent.NotAdopted"/>.</summary>
    int RejectedAt(int index, int replicate);

    /// <summary>The node credited with the node's adoption in a replicate, or <see cref="NodeAgent.NoPrescriber"/>.</summary>
    int CreditedTo(int index, int replicate);

    /// <summary>The seed whose cascade the adoption belongs to (following credits), or <see cref="NodeAgent.NoPrescriber"/>.</summary>
    int RootOf(int index, int replicate);

    /// <summary>How many credited nodes separate the adoption from the start of its chain (0 for a seed or a broadcast).</summary>
    int DepthOf(int index, int replicate);

    /// <summary>Whether the node, an adopter, is dissatisfied (and so prescribes against the product) in a replicate.</summary>
    bool Dissatisfied(int index, int replicate);
}
