using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Linear threshold (Granovetter 1978; Kempe, Kleinberg and Tardos 2003) as SPEC states it: the
/// node adopts when the weighted share of its in-ties that have adopted reaches its threshold.
/// Shares are summed over in-ties in ascending id order, so the result never depends on the order
/// in which adoptions arrived; with unit weights the sums are exact integer counts. An adoption is
/// credited to the lowest-id in-tie whose adoption reached the node at the step it tipped (social
/// proof); a threshold-0 node that adopts without mail is credited to nobody.
/// </summary>
public sealed class LinearThresholdAgent : NodeAgent
{
    private readonly Distribution _threshold;
    private readonly bool[]?[] _adoptedInTies;
    private readonly int[] _adoptedInTieCount;
    private readonly double _totalInWeight;

    public LinearThresholdAgent(int node, NodeTies ties, Draws draws, int replicates, Distribution threshold)
        : base(node, ties, draws, replicates)
    {
        _threshold = threshold;
        _adoptedInTies = new bool[]?[replicates];
        _adoptedInTieCount = new int[replicates];
        double total = 0;
        for (int i = 0; i < ties.InDegree; i++)
        {
            total += ties.InWeight(i);
        }

        _totalInWeight = total;
    }

    /// <summary>The node's threshold in a replicate: trait 0, <c>draw(TRAIT, r, 0, node, 0)</c>, clipped to [0, 1].</summary>
    public static double ThresholdOf(Distribution threshold, Draws draws, int replicate, int node) =>
        threshold.IsConstant
            ? Math.Clamp(threshold.First, 0, 1)
            : threshold.Sample(draws.Draw(DrawPurpose.Trait, replicate, 0, node, 0), 0, 1);

    /// <summary>Whether a node must be visited at <paramref name="step"/> without mail: threshold 0 with an in-tie adopts at step 1.</summary>
    public static bool ActsWithoutMail(Distribution threshold, Draws draws, int replicate, int step, int node, int inDegree) =>
        step == 1 && inDegree > 0 && ThresholdOf(threshold, draws, replicate, node) == 0;

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
        if (Ties.InDegree == 0)
        {
            return false;
        }

        var adopted = _adoptedInTies[replicate] ??= new bool[Ties.InDegree];
        foreach (int sender in senders)
        {
            int index = Ties.InSources.BinarySearch(sender);
            if (index >= 0 && !adopted[index])
            {
                adopted[index] = true;
                _adoptedInTieCount[replicate]++;
            }
        }

        return AdoptedShare(replicate, adopted) >= ThresholdOf(_threshold, Draws, replicate, Node);
    }

    private double AdoptedShare(int replicate, bool[] adopted)
    {
        if (Ties.InTiesUnweighted)
        {
            return (double)_adoptedInTieCount[replicate] / Ties.InDegree;
        }

        double sum = 0;
        for (int i = 0; i < adopted.Length; i++)
        {
            if (adopted[i])
            {
                sum += Ties.InWeight(i);
            }
        }

        return sum / _totalInWeight;
    }
}
