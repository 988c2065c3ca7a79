using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests;

public sealed class NetworkStatisticsTests
{
    [Fact]
    public void A_star_has_one_component_no_clustering_and_assortativity_minus_one()
    {
        var statistics = NetworkStatistics.Compute(NetworkGenerators.Star(5));

        Assert.Equal(
            new NetworkStatistics(5, 8, false, 1, 1.6, 4, 1)
            {
                DegreeLowerQuartile = 1,
                DegreeMedian = 1,
                DegreeUpperQuartile = 1,
                DegreeStandardDeviation = 1.2,
                LargestComponent = 5,
                Assortativity = -1,
            },
            statistics with { DegreeStandardDeviation = Math.Round(statistics.DegreeStandardDeviation, 12) });
    }

    [Fact]
    public void A_triangle_is_fully_clustered_and_its_assortativity_is_undefined()
    {
        var statistics = NetworkStatistics.Compute(NetworkGenerators.Complete(3));

        Assert.Equal(
            new NetworkStatistics(3, 6, false, 2, 2, 2, 1)
            {
                DegreeLowerQuartile = 2,
                DegreeMedian = 2,
                DegreeUpperQuartile = 2,
                LargestComponent = 3,
                Triangles = 1,
                Transitivity = 1,
                AverageClustering = 1,
                Assortativity = null,
            },
            statistics);
    }

    [Fact]
    public void A_path_of_four_nodes_has_interpolated_quartiles_and_assortativity_minus_one_half()
    {
        var statistics = NetworkStatistics.Compute(NetworkGenerators.Path(4));

        Assert.Equal((1.0, 1.5, 2.0), (statistics.DegreeLowerQuartile, statistics.DegreeMedian, statistics.DegreeUpperQuartile));
        Assert.Equal(-0.5, statistics.Assortativity!.Value, 12);
        Assert.Equal((0L, 0.0, 0.0), (statistics.Triangles, statistics.Transitivity, statistics.AverageClustering));
        Assert.Equal(0.5, statistics.DegreeStandardDeviation, 12);
    }

    [Fact]
    public void A_diamond_has_transitivity_three_quarters_and_average_clustering_five_sixths()
    {
        var builder = new NetworkBuilder(4, directed: false);
        foreach (var (u, v) in new[] { (0, 1), (0, 2), (1, 2), (1, 3), (2, 3) })
        {
            builder.AddTie(u, v);
        }

        var statistics = NetworkStatistics.Compute(builder.Build());

        Assert.Equal(2, statistics.Triangles);
        Assert.Equal(0.75, statistics.Transitivity, 12);
        Assert.Equal(5.0 / 6, statistics.AverageClustering, 12);
    }

    [Fact]
    public void Isolated_nodes_and_separate_parts_are_components()
    {
        var builder = new NetworkBuilder(7, directed: false);
        builder.AddTie(0, 1);
        builder.AddTie(2, 3);
        builder.AddTie(3, 4);
        builder.AddTie(4, 5);

        var statistics = NetworkStatistics.Compute(builder.Build());

        Assert.Equal(3, statistics.ConnectedComponents);
        Assert.Equal(4, statistics.LargestComponent);
        Assert.Equal(0, statistics.MinDegree);
        Assert.Equal(2, statistics.MaxDegree);
        Assert.Equal(8.0 / 7, statistics.MeanDegree);
    }

    [Fact]
    public void Directed_networks_use_out_degrees_for_the_summary_and_the_undirected_view_for_the_rest()
    {
        var builder = new NetworkBuilder(5, directed: true);
        builder.AddTie(0, 1);
        builder.AddTie(1, 2);
        builder.AddTie(2, 0);
        builder.AddTie(1, 0);

        var statistics = NetworkStatistics.Compute(builder.Build());

        Assert.Equal((5, 4, true, 0, 0.8, 2), (statistics.Nodes, statistics.Ties, statistics.Directed, statistics.MinDegree, statistics.MeanDegree, statistics.MaxDegree));
        Assert.Equal((3, 3), (statistics.ConnectedComponents, statistics.LargestComponent));
        Assert.Equal((1L, 1.0), (statistics.Triangles, statistics.Transitivity));
        Assert.Equal(3.0 / 5, statistics.AverageClustering, 12);
    }

    [Fact]
    public void Triangles_and_clustering_agree_with_brute_force_on_a_random_network()
    {
        var network = NetworkGenerators.ErdosRenyi(250, 25, 3);
        var (triangles, transitivity, average) = BruteForce(network);

        var statistics = NetworkStatistics.Compute(network);

        Assert.Equal(triangles, statistics.Triangles);
        Assert.Equal(transitivity, statistics.Transitivity, 12);
        Assert.Equal(average, statistics.AverageClustering, 12);
    }

    [Fact]
    public void Communities_are_counted_when_present()
    {
        Assert.Equal(3, NetworkStatistics.Compute(NetworkGenerators.StochasticBlock([5, 6, 7], 0.5, 0.1, 1)).Communities);
        Assert.Null(NetworkStatistics.Compute(NetworkGenerators.Path(5)).Communities);
    }

    [Fact]
    public void A_long_path_does_not_overflow_the_stack()
    {
        var statistics = NetworkStatistics.Compute(NetworkGenerators.Path(300_000));

        Assert.Equal(1, statistics.ConnectedComponents);
        Assert.Equal(300_000, statistics.LargestComponent);
        Assert.Equal((1, 2), (statistics.MinDegree, statistics.MaxDegree));
    }

    [Fact]
    public void An_empty_network_has_zeros()
    {
        Assert.Equal(new NetworkStatistics(0, 0, false, 0, 0, 0, 0), NetworkStatistics.Compute(new NetworkBuilder(0, false).Build()));
    }

    private static (long Triangles, double Transitivity, double Average) BruteForce(Network network)
    {
        int n = network.NodeCount;
        bool Tied(int u, int v) => network.OutNeighbours(u).BinarySearch(v) >= 0;
        long triangles = 0;
        double closed = 0;
        double triples = 0;
        double local = 0;
        for (int u = 0; u < n; u++)
        {
            var neighbours = network.OutNeighbours(u).ToArray();
            long links = 0;
            for (int i = 0; i < neighbours.Length; i++)
            {
                for (int j = i + 1; j < neighbours.Length; j++)
                {
                    links += Tied(neighbours[i], neighbours[j]) ? 1 : 0;
                }
            }

            double pairs = neighbours.Length * (neighbours.Length - 1) / 2.0;
            triangles += links;
            closed += links;
            triples += pairs;
            local += pairs > 0 ? links / pairs : 0;
        }

        return (triangles / 3, closed / triples, local / n);
    }
}
