namespace InfluenceSim.Models.Agents;

/// <summary>
/// A probability-based node's acceptance A(v) per replicate: 1 at the start, times (1 - aversion)
/// for each negative message. The lanes are allocated at the first negative message, so a run
/// without any costs no memory here.
/// </summary>
internal sealed class Acceptance(int replicates)
{
    private double[]? _values;

    public double this[int replicate] => _values?[replicate] ?? 1.0;

    /// <summary>Counts <paramref name="negatives"/> negative messages; true when the acceptance has reached 0 (the node rejects).</summary>
    public bool Lower(int replicate, int negatives, double aversion)
    {
        if (_values is null)
        {
            _values = new double[replicates];
            Array.Fill(_values, 1.0);
        }

        double factor = 1 - aversion;
        for (int i = 0; i < negatives; i++)
        {
            _values[replicate] *= factor;
        }

        return _values[replicate] == 0;
    }
}
