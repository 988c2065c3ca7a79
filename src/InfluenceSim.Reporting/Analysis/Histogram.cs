namespace InfluenceSim.Reporting.Analysis;

/// <summary>
/// Counts of several samples in common bins. The bins split the range of all values into equal
/// widths, their number by the Rice rule (2 ∛n for all n values together, from 5 to 40); a value on
/// the upper edge falls in the last bin.
/// </summary>
/// <remarks><c>Edges</c>: The bin edges, one more than the bins.</remarks>
public sealed record Histogram(IReadOnlyList<double> Edges, IReadOnlyList<HistogramSeries> Series)
{
    public const int MinBins = 5;
    public const int MaxBins = 40;

    /// <summary>The width of a bin.</summary>
    public double BinWidth => Edges[1] - Edges[0];

    public static Histogram Of(IReadOnlyList<KeyValuePair<string, IReadOnlyList<double>>> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var all = samples.SelectMany(s => s.Value).Where(double.IsFinite).ToList();
        double low = all.Count == 0 ? 0 : all.Min();
        double high = all.Count == 0 ? 1 : all.Max();
        if (high - low < 1e-12)
        {
            low -= 0.005;
            high += 0.005;
        }

        int bins = Math.Clamp((int)Math.Ceiling(2 * Math.Cbrt(all.Count)), MinBins, MaxBins);
        double width = (high - low) / bins;
        var edges = Enumerable.Range(0, bins + 1).Select(i => i == bins ? high : low + (i * width)).ToArray();
        var series = samples.Select(s =>
        {
            var counts = new int[bins];
            foreach (double value in s.Value.Where(double.IsFinite))
            {
                counts[Math.Clamp((int)Math.Floor((value - low) / width), 0, bins - 1)]++;
            }

            return new HistogramSeries(s.Key, counts);
        });
        return new Histogram(edges, [.. series]);
    }
}
