namespace InfluenceSim.Models.Agents;

/// <summary>
/// Which in-ties of a node have adopted, per replicate, from the social proof it received, and their
/// weighted share: sums taken over in-ties in ascending id order, so arrival order never matters;
/// with unit weights they are exact integer counts. Also keeps the lowest-id adopted in-tie with
/// the root and depth of its adoption.
/// </summary>
internal sealed class InTieShare
{
    private readonly NodeTies _ties;
    private readonly bool[]?[] _adopted;
    private readonly int[] _count;
    private readonly Letter[] _lowest;
    private readonly double _totalWeight;

    public InTieShare(NodeTies ties, int replicates)
    {
        _ties = ties;
        _adopted = new bool[]?[replicates];
        _count = new int[replicates];
        _lowest = new Letter[replicates];
        Array.Fill(_lowest, new Letter(LetterKind.Visit, NodeAgent.NoPrescriber, NodeAgent.NoPrescriber, 0));
        double total = 0;
        for (int i = 0; i < ties.InDegree; i++)
        {
            total += ties.InWeight(i);
        }

        _totalWeight = total;
    }

    /// <summary>The lowest-id adopted in-tie seen so far (sender -1: none) with its root and depth.</summary>
    public Letter Lowest(int replicate) => _lowest[replicate];

    /// <summary>Records the social proof among <paramref name="letters"/>.</summary>
    public void Observe(int replicate, ReadOnlySpan<Letter> letters)
    {
        foreach (var letter in letters)
        {
            if (letter.Kind != LetterKind.SocialProof)
            {
                continue;
            }

            int index = _ties.InSources.BinarySearch(letter.Sender);
            var adopted = _adopted[replicate] ??= new bool[_ties.InDegree];
            if (index >= 0 && !adopted[index])
            {
                adopted[index] = true;
                _count[replicate]++;
                if (_lowest[replicate].Sender < 0 || letter.Sender < _lowest[replicate].Sender)
                {
                    _lowest[replicate] = letter;
                }
            }
        }
    }

    /// <summary>The weighted share of adopted in-ties (0 without in-ties).</summary>
    public double Share(int replicate)
    {
        if (_ties.InDegree == 0 || _adopted[replicate] is not { } adopted)
        {
            return 0;
        }

        if (_ties.InTiesUnweighted)
        {
            return (double)_count[replicate] / _ties.InDegree;
        }

        double sum = 0;
        for (int i = 0; i < adopted.Length; i++)
        {
            if (adopted[i])
            {
                sum += _ties.InWeight(i);
            }
        }

        return sum / _totalWeight;
    }
}
