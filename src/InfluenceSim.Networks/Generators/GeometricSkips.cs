namespace InfluenceSim.Networks.Generators;

/// <summary>
/// Selects each of <c>count</c> candidates (indices 0 .. count-1, in order) independently with
/// probability p, in time proportional to the number selected, by geometric skipping.
/// </summary>
/// <remarks>
/// Batagelj and Brandes, "Efficient generation of large random networks", Phys. Rev. E 71, 036113
/// (2005): from the last selected index the walk skips <c>floor(log(1 - r) / log(1 - p))</c>
/// candidates, with r a fresh draw in [0, 1), and selects the next one. p &lt;= 0 selects nothing
/// and p &gt;= 1 selects every candidate, both without drawing.
/// </remarks>
internal static class GeometricSkips
{
    public static IEnumerable<long> Select(long count, double p, Xoshiro256StarStar random)
    {
        if (p <= 0 || count <= 0)
        {
            yield break;
        }

        if (p >= 1)
        {
            for (long i = 0; i < count; i++)
            {
                yield return i;
            }

            yield break;
        }

        double logQ = double.LogP1(-p);
        long index = -1;
        while (true)
        {
            double skip = Math.Floor(double.LogP1(-random.NextDouble()) / logQ);
            if (skip >= count - 1 - index)
            {
                yield break;
            }

            index += 1 + (long)skip;
            yield return index;
        }
    }
}
