namespace InfluenceSim.Scenarios.Sweeps;

/// <summary>The points of a sweep as key assignments: the Cartesian product of the axes (first axis slowest), or the axes zipped.</summary>
public static class SweepExpansion
{
    public static IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> Points(IReadOnlyList<SweepAxis> axes, bool zip)
    {
        if (axes.Count == 0)
        {
            return [];
        }

        if (zip)
        {
            int length = axes[0].Values.Count;
            return [.. Enumerable.Range(0, length).Select(i => (IReadOnlyList<KeyValuePair<string, string>>)[.. axes.Select(a => new KeyValuePair<string, string>(a.Key, a.Values[i]))])];
        }

        IEnumerable<IReadOnlyList<KeyValuePair<string, string>>> points = [[]];
        foreach (var axis in axes)
        {
            points = points.SelectMany(p => axis.Values.Select(v => (IReadOnlyList<KeyValuePair<string, string>>)[.. p, new(axis.Key, v)]));
        }

        return [.. points];
    }
}
