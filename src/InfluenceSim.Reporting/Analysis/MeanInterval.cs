using MathNet.Numerics.Distributions;

namespace InfluenceSim.Reporting.Analysis;

/// <summary>
/// The mean of a sample and its t-based 95% confidence interval, mean ± t(0.975, n - 1) · sd / √n,
/// as in <c>summary.json</c>. One value gives [mean, mean]; an empty sample gives NaN.
/// </summary>
public readonly record struct MeanInterval(double Mean, double Lower, double Upper, int Count)
{
    public static MeanInterval Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = values.Count;
        if (n == 0)
        {
            return new MeanInterval(double.NaN, double.NaN, double.NaN, 0);
        }

        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += values[i];
        }

        double mean = sum / n;
        if (n == 1)
        {
            return new MeanInterval(mean, mean, mean, 1);
        }

        double squares = 0;
        for (int i = 0; i < n; i++)
        {
            double deviation = values[i] - mean;
            squares += deviation * deviation;
        }

        double half = StudentT.InvCDF(0, 1, n - 1, 0.975) * Math.Sqrt(squares / (n - 1)) / Math.Sqrt(n);
        return new MeanInterval(mean, mean - half, mean + half, n);
    }
}
