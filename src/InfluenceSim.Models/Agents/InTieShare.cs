using System.Collections;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Which in-ties of a block's nodes have adopted, per lane, from the social proof they received,
/// and their weighted share: sums taken over in-ties in ascending id order, so arrival order never
/// matters; with unit weights they are exact integer counts. Also keeps, per node x lane, the
/// lowest-id adopted in-tie with the root and depth of its adoption. One bit per in-tie x lane,
/// allocated at the block's first social proof.
/// </summary>
internal sealed class InTieShare
{
    private readonly NodeTies _ties;
    private readonly int _lanes;
    private readonly int[] _count;
    private readonly int[] _lowestSender;
    private readonly int[] _lowestRoot;
    private readonly int[] _lowestDepth;
    private BitArray? _adopted;

    public InTieShare(NodeTies ties, int lanes)
    {
        _ties = ties;
        _lanes = lanes;
        int slots = ties.NodeCount * lanes;
        _count = new int[slots];
        _lowestSender = new int[slots];
        _lowestRoot = new int[slots];
        _lowestDepth = new int[slots];
        Array.Fill(_lowestSender, NodeAgent.NoPrescriber);
        Array.Fill(_lowestRoot, NodeAgent.NoPrescriber);
    }

    /// <summary>The lowest-id adopted in-tie seen so far (sender -1: none) with its root and depth.</summary>
    public Letter Lowest(int slot) => new(LetterKind.SocialProof, _lowestSender[slot], _lowestRoot[slot], _lowestDepth[slot]);

    /// <summary>Records the social proof among <paramref name="letters"/> for node <paramref name="index"/> at <paramref name="slot"/>.</summary>
    public void Observe(int index, int slot, ReadOnlySpan<Letter> letters)
    {
        var sources = _ties.InSources(index);
        int first = FirstBit(index, slot);
        foreach (var letter in letters)
        {
            if (letter.Kind != LetterKind.SocialProof)
            {
                continue;
            }

            int tie = sources.BinarySearch(letter.Sender);
            if (tie < 0)
            {
                continue;
            }

            var adopted = _adopted ??= new BitArray(checked(_ties.InTieCount * _lanes));
            int bit = first + (tie * _lanes);
            if (!adopted[bit])
            {
                adopted[bit] = true;
                _count[slot]++;
                if (_lowestSender[slot] < 0 || letter.Sender < _lowestSender[slot])
                {
                    _lowestSender[slot] = letter.Sender;
                    _lowestRoot[slot] = letter.Root;
                    _lowestDepth[slot] = letter.Depth;
                }
            }
        }
    }

    /// <summary>The weighted share of adopted in-ties of node <paramref name="index"/> (0 without in-ties).</summary>
    public double Share(int index, int slot)
    {
        int degree = _ties.InDegree(index);
        if (degree == 0 || _count[slot] == 0)
        {
            return 0;
        }

        if (_ties.InTiesUnweighted)
        {
            return (double)_count[slot] / degree;
        }

        var adopted = _adopted!;
        int first = FirstBit(index, slot);
        double sum = 0;
        double total = 0;
        for (int tie = 0; tie < degree; tie++)
        {
            double weight = _ties.InWeight(index, tie);
            total += weight;
            if (adopted[first + (tie * _lanes)])
            {
                sum += weight;
            }
        }

        return sum / total;
    }

    /// <summary>The bit of the node's first in-tie in the slot's lane; the next in-tie's is <c>lanes</c> further.</summary>
    private int FirstBit(int index, int slot) => (_ties.InTieStart(index) * _lanes) + (slot - (index * _lanes));
}
