using InfluenceSim.Models.Randomness;
using InfluenceSim.RunFolders.Statistics;
using MathNet.Numerics.Distributions;

namespace InfluenceSim.Engine.Tests.Statistics;

/// <summary>The percentile bootstrap of the mean: the documented resampling rule, determinism, and agreement with the t interval.</summary>
public sealed class BootstrapTests
{
    private static readonly double[] Skewed = [0, 0, 0, 1, 0, 5, 0, 2, 9, 0, 0, 3];

    [Fact]
    public void Resamples_follow_the_documented_draws_and_percentile_rule()
    {
        var draws = new Draws(42);
        int n = Skewed.Length;
        var means = new double[Bootstrap.Resamples];
        for (int b = 0; b < means.Length; b++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++)
            {
                sum += Skewed[(int)Math.Floor(n * draws.Draw((DrawPurpose)6, b, 0, 3, j))];
            }

            means[b] = sum / n;
        }

        Array.Sort(means);
        var interval = Bootstrap.Ci95(Skewed, 42, 3);

        // 2,000 means: h = 1999 x 0.025 = 49.975 and 1999 x 0.975 = 1949.025.
        Assert.Equal(means[49] + (0.975 * (means[50] - means[49])), interval.Low, 12);
        Assert.Equal(means[1949] + (0.025 * (means[1950] - means[1949])), interval.High, 12);
    }

    [Fact]
    public void The_same_seed_and_point_give_the_same_interval_and_others_differ()
    {
        double[] values = [.. Enumerable.Range(0, 50).Select(i => Math.Sqrt(i))];
        var first = Bootstrap.Ci95(values, 7, 0);

        Assert.Equal(first, Bootstrap.Ci95(values, 7, 0));
        Assert.NotEqual(first, Bootstrap.Ci95(values, 8, 0));
        Assert.NotEqual(first, Bootstrap.Ci95(values, 7, 1));
    }

    [Fact]
    public void Samples_are_resampled_jointly_each_as_if_alone()
    {
        double[] doubled = [.. Skewed.Select(v => 2 * v)];

        var both = Bootstrap.Ci95([Skewed, doubled], 5, 2);

        Assert.Equal(Bootstrap.Ci95(Skewed, 5, 2), both[0]);
        Assert.Equal(2 * both[0].Low, both[1].Low, 12);
        Assert.Equal(2 * both[0].High, both[1].High, 12);
    }

    [Fact]
    public void A_large_normal_sample_gives_nearly_the_t_interval()
    {
        // 400 normal quantiles, mean 10 and sd 2, interleaved so that the order carries no trend.
        double[] values = [.. Enumerable.Range(0, 400).Select(i => Normal.InvCDF(10, 2, ((i * 263 % 400) + 0.5) / 400))];
        var t = SampleSummary.Of(values);
        double half = (t.Ci95High - t.Ci95Low) / 2;

        var bootstrap = Bootstrap.Ci95(values, 1, 0);

        Assert.InRange(bootstrap.Low, t.Ci95Low - (0.1 * half), t.Ci95Low + (0.1 * half));
        Assert.InRange(bootstrap.High, t.Ci95High - (0.1 * half), t.Ci95High + (0.1 * half));
    }

    [Fact]
    public void The_interval_lies_within_the_values_and_brackets_a_skewed_mean()
    {
        var interval = Bootstrap.Ci95(Skewed, 3, 0);

        Assert.InRange(interval.Low, 0, Skewed.Average());
        Assert.InRange(interval.High, Skewed.Average(), 9);
    }

    [Fact]
    public void A_constant_or_single_value_has_a_point_interval()
    {
        Assert.Equal(new Interval(4, 4), Bootstrap.Ci95([4, 4, 4], 1, 0));
        Assert.Equal(new Interval(0.25, 0.25), Bootstrap.Ci95([0.25], 1, 0));
    }

    [Fact]
    public void Samples_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Bootstrap.Ci95([[1, 2], [1]], 1, 0));
        Assert.Throws<ArgumentException>(() => Bootstrap.Ci95(Array.Empty<IReadOnlyList<double>>(), 1, 0));
    }
}
