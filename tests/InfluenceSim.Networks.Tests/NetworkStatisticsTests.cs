using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests;

public sealed class NetworkStatisticsTests
{
    [Fact]
    public void A_star_has_one_component_and_degrees_one_to_n_minus_one()
    {
        var statistics = NetworkStatistics.Compute(NetworkGenerators.Star(11));

        Assert.Equal(new NetworkStatistics(11, 20, false, 1, 20.0 / 11, 10, 1), statistics);
    }

    [Fact]
    public void Isolated_nodes_and_separate_parts_are_components()
    {
        var builder = new NetworkBuilder(6, directed: false);
        builder.AddTie(0, 1);
        builder.AddTie(2, 3);
        builder.AddTie(3, 4);

        var statistics = NetworkStatistics.Compute(builder.Build());

        Assert.Equal(3, statistics.ConnectedComponents);
        Assert.Equal(0, statistics.MinDegree);
        Assert.Equal(2, statistics.MaxDegree);
        Assert.Equal(1.0, statistics.MeanDegree);
    }

    [Fact]
    public void Directed_networks_count_weak_components_and_out_degrees()
    {
        var builder = new NetworkBuilder(4, directed: true);
        builder.AddTie(0, 1);
        builder.AddTie(2, 1);

        var statistics = NetworkStatistics.Compute(builder.Build());

        Assert.Equal(new NetworkStatistics(4, 2, true, 0, 0.5, 1, 2), statistics);
    }

    [Fact]
    public void A_long_path_does_not_overflow_the_stack()
    {
        var statistics = NetworkStatistics.Compute(NetworkGenerators.Path(300_000));

        Assert.Equal(1, statistics.ConnectedComponents);
        Assert.Equal((1, 2), (statistics.MinDegree, statistics.MaxDegree));
    }

    [Fact]
    public void An_empty_network_has_zeros()
    {
        Assert.Equal(new NetworkStatistics(0, 0, false, 0, 0, 0, 0), NetworkStatistics.Compute(new NetworkBuilder(0, false).Build()));
    }
}
