using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests;

public sealed class QuikGraphAdapterTests
{
    [Fact]
    public void The_bidirectional_graph_has_every_directed_tie_with_its_weight()
    {
        var builder = new NetworkBuilder(3, directed: true);
        builder.AddTie(0, 1, 2.5);
        builder.AddTie(2, 1, 1.0);
        builder.AddTie(1, 0, 4.0);

        var graph = QuikGraphAdapter.ToBidirectionalGraph(builder.Build());

        Assert.Equal(3, graph.VertexCount);
        Assert.Equal(3, graph.EdgeCount);
        Assert.Equal(2, graph.InDegree(1));
        Assert.True(graph.TryGetEdge(0, 1, out var edge));
        Assert.Equal(2.5, edge.Tag);
        Assert.False(graph.ContainsEdge(1, 2));
    }

    [Fact]
    public void An_undirected_network_gives_two_directed_edges_or_one_undirected_edge_per_tie()
    {
        var ring = NetworkGenerators.RingLattice(10, 4);

        Assert.Equal(40, QuikGraphAdapter.ToBidirectionalGraph(ring).EdgeCount);
        var undirected = QuikGraphAdapter.ToUndirectedGraph(ring);
        Assert.Equal(20, undirected.EdgeCount);
        Assert.Equal(4, undirected.AdjacentDegree(0));
    }
}
