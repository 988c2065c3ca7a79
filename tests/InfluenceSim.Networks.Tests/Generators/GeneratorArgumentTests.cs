using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Generators;

public sealed class GeneratorArgumentTests
{
    [Fact]
    public void Nodes_must_be_positive()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGenerators.Star(0));
        Assert.StartsWith("nodes must be at least 1, found 0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(10, -2)]
    [InlineData(10, 10)]
    [InlineData(10, 12)]
    public void K_must_be_even_and_below_nodes(int nodes, int k)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGenerators.RingLattice(nodes, k));
        Assert.StartsWith($"k must be an even number from 0 to nodes - 1 (9), found {k}", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGenerators.WattsStrogatz(nodes, k, 0.1, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-1)]
    public void M_must_be_from_one_to_nodes_minus_one(int m)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGenerators.BarabasiAlbert(10, m, 1));
        Assert.StartsWith($"m must be from 1 to nodes - 1 (9), found {m}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(10)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Mean_degree_must_be_from_zero_to_nodes_minus_one(double meanDegree)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGenerators.ErdosRenyi(10, meanDegree, 1));
        Assert.StartsWith("mean-degree must be a number from 0 to nodes - 1 (9)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Rewire_must_be_a_probability(double rewire)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGenerators.WattsStrogatz(10, 4, rewire, 1));
        Assert.StartsWith("rewire must be a probability from 0 to 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_too_large_for_memory_is_refused_before_building()
    {
        var error = Assert.Throws<ArgumentException>(() => NetworkGenerators.Complete(100_000));
        Assert.Contains("complete would make 4999950000 ties", error.Message, StringComparison.Ordinal);
    }
}
