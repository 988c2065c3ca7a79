using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Generators;

public sealed class PowerLawDegreesTests
{
    [Theory]
    [InlineData(2.5, 2, 100)]
    [InlineData(2.0, 1, 1_000)]
    [InlineData(3.5, 5, 50)]
    public void Mean_degree_is_within_four_standard_errors_of_the_distribution_mean(double exponent, int min, int max)
    {
        const int nodes = 50_000;
        var (mean, sd) = Moments(exponent, min, max);

        int[] degrees = NetworkGenerators.PowerLawDegrees(nodes, exponent, min, max, 3);

        double tolerance = (4 * sd / Math.Sqrt(nodes)) + (1.0 / nodes);
        Assert.InRange(degrees.Average(), mean - tolerance, mean + tolerance);
        Assert.Equal(mean, NetworkGenerators.PowerLawMean(exponent, min, max), 1e-9);
    }

    [Fact]
    public void Degrees_stay_in_range_and_their_sum_is_even()
    {
        int[] degrees = NetworkGenerators.PowerLawDegrees(10_001, 2.2, 3, 40, 5);

        Assert.All(degrees[..^1], d => Assert.InRange(d, 3, 40));
        Assert.InRange(degrees[^1], 3, 41);
        Assert.Equal(0, degrees.Sum() % 2);
    }

    [Fact]
    public void The_share_of_minimum_degrees_is_within_four_standard_errors_of_its_probability()
    {
        const int nodes = 50_000;
        double weights = Enumerable.Range(1, 100).Sum(k => Math.Pow(k, -2.5));
        double p = 1 / weights;

        int[] degrees = NetworkGenerators.PowerLawDegrees(nodes, 2.5, 1, 100, 11);

        double tolerance = 4 * Math.Sqrt(p * (1 - p) / nodes);
        Assert.InRange(degrees.Count(d => d == 1) / (double)nodes, p - tolerance, p + tolerance);
    }

    [Fact]
    public void Exponent_zero_is_uniform_and_its_mean_is_the_midpoint()
    {
        Assert.Equal(2.0, NetworkGenerators.PowerLawMean(0, 1, 3));
        Assert.Equal(NetworkGenerators.PowerLawDegrees(100, 0, 4, 4, 1)[..^1], Enumerable.Repeat(4, 99));
    }

    [Fact]
    public void Same_seed_gives_the_same_degrees_and_another_seed_others()
    {
        int[] first = NetworkGenerators.PowerLawDegrees(1_000, 2.5, 1, 100, 1);

        Assert.Equal(first, NetworkGenerators.PowerLawDegrees(1_000, 2.5, 1, 100, 1));
        Assert.NotEqual(first, NetworkGenerators.PowerLawDegrees(1_000, 2.5, 1, 100, 2));
    }

    [Theory]
    [InlineData(100, -1.0, 1, 10, "exponent must be a number from 0 to 10, found -1")]
    [InlineData(100, 2.0, 0, 10, "min-degree must be from 1 to nodes - 1 (99), found 0")]
    [InlineData(100, 2.0, 5, 4, "max-degree must be from min-degree (5) to nodes - 1 (99), found 4")]
    [InlineData(100, 2.0, 5, 100, "max-degree must be from min-degree (5) to nodes - 1 (99), found 100")]
    public void Bad_arguments_name_the_argument_and_the_range(int nodes, double exponent, int min, int max, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => NetworkGenerators.PowerLawDegrees(nodes, exponent, min, max, 1));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    private static (double Mean, double Sd) Moments(double exponent, int min, int max)
    {
        double weights = 0;
        double first = 0;
        double second = 0;
        for (int k = min; k <= max; k++)
        {
            double w = Math.Pow(k, -exponent);
            weights += w;
            first += k * w;
            second += (double)k * k * w;
        }

        double mean = first / weights;
        return (mean, Math.Sqrt((second / weights) - (mean * mean)));
    }
}
