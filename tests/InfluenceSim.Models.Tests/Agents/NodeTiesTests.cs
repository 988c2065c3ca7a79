using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Models.Tests.Agents;

public sealed class NodeTiesTests
{
    [Fact]
    public void A_view_over_part_of_a_network_gives_each_node_its_own_ties()
    {
        var network = NetworkGenerators.ErdosRenyi(50, 4, seed: 3);

        var ties = NetworkTies.Range(network, first: 20, count: 25);

        Assert.Equal(25, ties.NodeCount);
        int inTies = 0;
        for (int index = 0; index < 25; index++)
        {
            int node = 20 + index;
            Assert.Equal(network.OutNeighbours(node).ToArray(), ties.OutTargets(index).ToArray());
            Assert.Equal(network.InNeighbours(node).ToArray(), ties.InSources(index).ToArray());
            Assert.Equal(network.InDegree(node), ties.InDegree(index));
            Assert.Equal(network.OutDegree(node), ties.OutDegree(index));
            Assert.Equal(inTies, ties.InTieStart(index));
            inTies += network.InDegree(node);
        }

        Assert.Equal(inTies, ties.InTieCount);
        Assert.True(ties.InTiesUnweighted);
    }

    [Fact]
    public void Weights_follow_their_ties()
    {
        var builder = new Networks.NetworkBuilder(4, directed: true);
        builder.AddTie(0, 2, 0.5);
        builder.AddTie(1, 2, 2.0);
        builder.AddTie(2, 3, 1.5);
        var network = builder.Build();

        var ties = NetworkTies.Range(network, first: 2, count: 2);

        Assert.False(ties.InTiesUnweighted);
        Assert.Equal([0, 1], ties.InSources(0).ToArray());
        Assert.Equal([0.5, 2.0], [ties.InWeight(0, 0), ties.InWeight(0, 1)]);
        Assert.Equal(1.5, ties.OutWeight(0, 0));
        Assert.Equal(1.5, ties.InWeight(1, 0));
        Assert.Equal(2, ties.InTieStart(1));
    }
}
