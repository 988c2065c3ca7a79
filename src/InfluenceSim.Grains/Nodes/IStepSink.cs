using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// Hears what a node did at one step, replicate by replicate, as <see cref="NodeStep"/> runs it: a
/// node grain collects it into its report, a block hosting counts and routes it at once (no report
/// per node).
/// </summary>
internal interface IStepSink
{
    /// <summary>The node adopted in <paramref name="replicate"/> by <paramref name="cause"/>, credited to <paramref name="credit"/> (-1: none), in the cascade of <paramref name="root"/> at <paramref name="depth"/>.</summary>
    void Adopted(int replicate, AdoptionCause cause, int credit, int root, int depth);

    /// <summary>The node rejected the product in <paramref name="replicate"/>.</summary>
    void Rejected(int replicate);

    /// <summary>What node <paramref name="node"/> sends in <paramref name="replicate"/> (never empty), the root and depth of its adoption included.</summary>
    void Sent(int node, int replicate, Outbox outbox);

    /// <summary>The letters node <paramref name="node"/> received in <paramref name="replicate"/> and what came of them (only when the run records events).</summary>
    void Received(int node, int replicate, ReadOnlySpan<Letter> letters, Verdict verdict, int creditedLetter, bool averse);
}
