using InfluenceSim.Reporting.Analysis;

namespace InfluenceSim.Reporting.Tests.Analysis;

public sealed class HistogramTests
{
    [Fact]
    public void Samples_share_bins_over_the_range_of_all_values()
    {
        var histogram = Histogram.Of(
        [
            new("a", [0.0, 0.1, 0.5]),
            new("b", [1.0, 1.0]),
        ]);

        Assert.Equal(Histogram.MinBins + 1, histogram.Edges.Count);
        Assert.Equal(0, histogram.Edges[0]);
        Assert.Equal(1, histogram.Edges[^1]);
        Assert.Equal([2, 0, 1, 0, 0], histogram.Series[0].Counts);
        Assert.Equal([0, 0, 0, 0, 2], histogram.Series[1].Counts);
    }

    [Fact]
    public void Bins_grow_with_the_sample_by_the_rice_rule()
    {
        var values = Enumerable.Range(0, 1000).Select(i => i / 1000.0).ToList();

        var histogram = Histogram.Of([new("a", values)]);

        Assert.Equal(20, histogram.Series[0].Counts.Count);
        Assert.Equal(1000, histogram.Series[0].Counts.Sum());
    }

    [Fact]
    public void Equal_values_get_a_narrow_range_around_them()
    {
        var histogram = Histogram.Of([new("a", [0.4, 0.4])]);

        Assert.True(histogram.Edges[0] < 0.4 && histogram.Edges[^1] > 0.4);
        Assert.Equal(2, histogram.Series[0].Counts.Sum());
    }
}
