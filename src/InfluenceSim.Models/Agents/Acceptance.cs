namespace InfluenceSim.Models.Agents;

/// <summary>
/// The acceptance A(v) of a block's probability-based nodes, one entry per node x lane: 1 at the
/// start, times (1 - aversion) for each negative message. The entries are allocated at the
/// block's first negative message, so a run without any costs no memory here.
/// </summary>
internal sealed class Acceptance(int slots)
{
    private double[]? _values;

    public double this[int slot] => _values?[slot] ?? 1.0;

    /// <summary>Counts <paramref name="negatives"/> negative messages; true when the acceptance has reached 0 (the node rejects).</summary>
    public bool Lower(int slot, int negatives, double aversion)
    {
        if (_values is null)
        {
            _values = new double[slots];
            Array.Fill(_values, 1.0);
        }

        double factor = 1 - aversion;
        for (int i = 0; i < negatives; i++)
        {
            _values[slot] *= factor;
        }

        return _values[slot] == 0;
    }
}
