using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Complex contagion (Centola and Macy 2007): the node adopts once at least <c>threshold-count</c>
/// distinct in-ties have adopted. Each adopting in-tie reaches it exactly once per replicate, so
/// counting senders counts adopted in-ties. Credited, as under thresholds, to the lowest-id in-tie
/// whose adoption reached the node at the step it tipped.
/// </summary>
public sealed class ComplexContagionAgent(int node, NodeTies ties, Draws draws, int replicates, int thresholdCount)
    : NodeAgent(node, ties, draws, replicates)
{
    private readonly int[] _adoptedInTies = new int[replicates];

    public override void Prescribe(int replicate, int step, List<int> targets)
    {
        foreach (int target in Ties.OutTargets)
        {
            targets.Add(target);
        }
    }

    protected override bool Decide(int replicate, int step, ReadOnlySpan<int> senders, out int credit)
    {
        credit = senders.IsEmpty ? NoPrescriber : senders[0];
        _adoptedInTies[replicate] += senders.Length;
        return _adoptedInTies[replicate] >= thresholdCount;
    }
}
