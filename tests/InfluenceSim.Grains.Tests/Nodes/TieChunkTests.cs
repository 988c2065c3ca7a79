using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Tests.Nodes;

/// <summary>A chunk of a partition's slice gives each node grain a view of its own row: its ties, weights, probabilities and file values, as the node sent them.</summary>
public sealed class TieChunkTests
{
    [Fact]
    public void Each_node_views_its_own_ties_weights_and_probabilities()
    {
        var chunk = new TieChunk(new NetworkSlice(
        [
            new NodeJoin(5, [1, 7], [0.5, 2], [3], [4], null, -1) { OutProbabilities = [0.1, 0.2] },
            new NodeJoin(6, [], [], [5, 8], [1, 3], null, -1) { OutProbabilities = [] },
            new NodeJoin(7, [9], [3], [], [], null, -1) { OutProbabilities = [0.3] },
        ]));

        var first = chunk.Ties(5);
        var second = chunk.Ties(6);
        var third = chunk.Ties(7);

        Assert.Equal([1, 7], first.OutTargets(0).ToArray());
        Assert.Equal([3], first.InSources(0).ToArray());
        Assert.Equal(2.0, first.OutWeight(0, 1));
        Assert.Equal(4.0, first.InWeight(0, 0));
        Assert.Equal(0.2, first.OutProbability(0, 1));
        Assert.Equal(1, first.InTieCount);
        Assert.Empty(second.OutTargets(0).ToArray());
        Assert.Equal([5, 8], second.InSources(0).ToArray());
        Assert.Equal(3.0, second.InWeight(0, 1));
        Assert.Equal(0, second.InTieStart(0));
        Assert.Equal([9], third.OutTargets(0).ToArray());
        Assert.Equal(3.0, third.OutWeight(0, 0));
        Assert.Equal(0.3, third.OutProbability(0, 0));
    }

    [Fact]
    public void Rows_without_weights_weigh_one_and_store_no_probabilities()
    {
        var chunk = new TieChunk(new NetworkSlice([new NodeJoin(0, [1, 2], null, [2], null, null, -1), new NodeJoin(1, [0], null, [], null, null, -1)]));

        var ties = chunk.Ties(0);

        Assert.True(ties.InTiesUnweighted);
        Assert.False(ties.HasOutProbabilities);
        Assert.Equal(1.0, ties.OutWeight(0, 1));
    }

    [Fact]
    public void Each_node_reads_its_own_file_values_and_a_node_without_any_reads_none()
    {
        var chunk = new TieChunk(new NetworkSlice([new NodeJoin(3, [], null, [], null, [0.25, double.NaN, 0.5, double.NaN, double.NaN], 2), new NodeJoin(4, [], null, [], null, null, -1)]));

        var values = chunk.FixedValues(3);

        Assert.Equal(0.25, values.Trait(0, Trait.Threshold));
        Assert.Equal(0.5, values.Trait(0, Trait.PrescriptionPropensity));
        Assert.True(double.IsNaN(values.Trait(0, Trait.Credibility)));
        Assert.Equal(2, values.Segment(0));
        Assert.Same(FixedValueTable.None, chunk.FixedValues(4));
    }

    [Fact]
    public void A_node_outside_the_chunk_or_out_of_order_is_refused()
    {
        var chunk = new TieChunk(new NetworkSlice([new NodeJoin(2, [], null, [], null, null, -1)]));

        Assert.Throws<ArgumentOutOfRangeException>(() => chunk.Ties(3));
        Assert.Throws<ArgumentException>(() => new TieChunk(new NetworkSlice([new NodeJoin(2, [], null, [], null, null, -1), new NodeJoin(4, [], null, [], null, null, -1)])));
    }
}
