namespace InfluenceSim.Models.Agents;

/// <summary>A probability-based node's acceptance A(v) per replicate: 1 at the start, times (1 - aversion) for each negative message.</summary>
internal sealed class Acceptance
{
    private readonly double[] _values;

    public Acceptance(int replicates)
    {
        _values = new double[replicates];
        Array.Fill(_values, 1.0);
    }

    public double this[int replicate] => _values[replicate];

    /// <summary>Counts <paramref name="negatives"/> negative messages; true when the acceptance has reached 0 (the node rejects).</summary>
    public bool Lower(int replicate, int negatives, double aversion)
    {
        double factor = 1 - aversion;
        for (int i = 0; i < negatives; i++)
        {
            _values[replicate] *= factor;
        }

        return _values[replicate] == 0;
    }
}
