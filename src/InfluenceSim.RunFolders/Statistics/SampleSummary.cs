using MathNet.Numerics.Distributions;

namespace InfluenceSim.RunFolders.Statistics;

/// <summary>Mean, sample standard deviation and t-based 95% confidence interval of the mean of a sample.</summary>
/// <param name="Mean">The arithmetic mean.</param>
/// <param name="Sd">The sample standard deviation (divisor n - 1); 0 when the sample has one value.</param>
/// <param name="Ci95Low">Lower end of mean ± t(0.975, n - 1) · sd / √n; equals the mean when n = 1.</param>
/// <param name="Ci95High">Upper end of the same interval; equals the mean when n = 1.</param>
/// <param name="Count">How many values the sample has.</param>
public sealed record SampleSummary(double Mean, double Sd, double Ci95Low, double Ci95High, int Count)
{
    /// <summary>
    /// Summarises a non-empty sample. Sums run in input order, so the same list gives the same bits.
    /// With one value there is no spread to estimate: the sd is reported as 0 and the interval as
    /// [mean, mean].
    /// </summary>
    public static SampleSummary Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = values.Count;
        if (n == 0)
        {
            throw new ArgumentException("A summary needs at least one value.", nameof(values));
        }

        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += values[i];
        }

        double mean = sum / n;
        if (n == 1)
        {
            return new SampleSummary(mean, 0, mean, mean, 1);
        }

        double squares = 0;
        for (int i = 0; i < n; i++)
        {
            double deviation = values[i] - mean;
            squares += deviation * deviation;
        }

        double sd = Math.Sqrt(squares / (n - 1));
        double half = StudentT.InvCDF(0, 1, n - 1, 0.975) * sd / Math.Sqrt(n);
        return new SampleSummary(mean, sd, mean - half, mean + half, n);
    }
}
