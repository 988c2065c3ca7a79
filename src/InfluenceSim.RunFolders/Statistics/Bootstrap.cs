using InfluenceSim.Models.Randomness;

namespace InfluenceSim.RunFolders.Statistics;

/// <summary>
/// The percentile bootstrap interval of a mean (Efron and Tibshirani, "An Introduction to the
/// Bootstrap", 1993, section 13.3), resampled with the counter-based draws of docs/models.md so that it is a pure
/// function of the master seed, the point and the values.
/// </summary>
public static class Bootstrap
{
    /// <summary>The draw purpose of bootstrap resampling (after SEEDING 1 .. REACH 5 of docs/models.md).</summary>
    public const int Purpose = 6;

    /// <summary>Resamples per interval (B).</summary>
    public const int Resamples = 2000;

    /// <summary>
    /// The 95% percentile bootstrap interval of the mean of each sample. Every sample has one value per
    /// replicate, in the same replicate order, so resample b (0 .. B - 1) picks the same replicates for
    /// all of them (the replicates are resampled, jointly): its j-th value (j = 0 .. n - 1) is the one at
    /// index ⌊n · draw(6, b, 0, pointIndex, j)⌋. The interval is the 2.5th and 97.5th percentiles
    /// (<see cref="Percentile"/>) of the B resample means; sums run in j order.
    /// </summary>
    public static IReadOnlyList<Interval> Ci95(IReadOnlyList<IReadOnlyList<double>> samples, long masterSeed, int pointIndex)
    {
        ArgumentNullException.ThrowIfNull(samples);
        int n = samples.Count == 0 ? 0 : samples[0].Count;
        if (n == 0 || samples.Any(s => s.Count != n))
        {
            throw new ArgumentException("Bootstrap samples are non-empty and all of the same length.", nameof(samples));
        }

        var draws = new Draws(masterSeed);
        var means = samples.Select(_ => new double[Resamples]).ToArray();
        var sums = new double[samples.Count];
        for (int b = 0; b < Resamples; b++)
        {
            Array.Clear(sums);
            for (int j = 0; j < n; j++)
            {
                int index = Math.Min(n - 1, (int)(n * draws.Draw((DrawPurpose)Purpose, b, 0, pointIndex, j)));
                for (int s = 0; s < samples.Count; s++)
                {
                    sums[s] += samples[s][index];
                }
            }

            for (int s = 0; s < samples.Count; s++)
            {
                means[s][b] = sums[s] / n;
            }
        }

        return [.. means.Select(Interval95)];
    }

    /// <summary>The 95% percentile bootstrap interval of the mean of one sample; see the overload for many.</summary>
    public static Interval Ci95(IReadOnlyList<double> values, long masterSeed, int pointIndex) => Ci95([values], masterSeed, pointIndex)[0];

    private static Interval Interval95(double[] means)
    {
        Array.Sort(means);
        return new Interval(Percentile.OfSorted(means, 0.025), Percentile.OfSorted(means, 0.975));
    }
}
