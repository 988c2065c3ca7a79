namespace InfluenceSim.Networks;

/// <summary>
/// One direction of a network's ties as compressed sparse rows: node u's other ends and their weights lie at
/// <c>Offsets[u] .. Offsets[u + 1]</c> of <see cref="Ends"/> and <see cref="Weights"/> (NodeCount + 1 offsets).
/// </summary>
internal readonly record struct TieRows(int[] Offsets, int[] Ends, double[] Weights)
{
    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    public ReadOnlySpan<int> EndsOf(int node) => Ends.AsSpan(Offsets[node], Degree(node));

    public ReadOnlySpan<double> WeightsOf(int node) => Weights.AsSpan(Offsets[node], Degree(node));

    /// <summary>
    /// The first step of a counting sort into rows: the offsets of <paramref name="nodes"/> rows holding one entry for
    /// each element of <paramref name="rows"/>, the row number of that entry.
    /// </summary>
    public static int[] OffsetsOf(int nodes, ReadOnlySpan<int> rows)
    {
        var offsets = new int[nodes + 1];
        foreach (int u in rows)
        {
            offsets[u + 1]++;
        }

        for (int u = 0; u < nodes; u++)
        {
            offsets[u + 1] += offsets[u];
        }

        return offsets;
    }

    /// <summary>The same ties seen from their other ends (the in-ties of out-ties), each row's ends ascending.</summary>
    public TieRows Transpose(int nodes)
    {
        var offsets = OffsetsOf(nodes, Ends);
        var cursor = (int[])offsets.Clone();
        var ends = new int[Ends.Length];
        var weights = new double[Ends.Length];
        for (int u = 0; u < nodes; u++)
        {
            for (int i = Offsets[u]; i < Offsets[u + 1]; i++)
            {
                int slot = cursor[Ends[i]]++;
                ends[slot] = u;
                weights[slot] = Weights[i];
            }
        }

        return new(offsets, ends, weights);
    }
}
