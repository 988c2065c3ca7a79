using InfluenceSim.Engine.Output;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class TimeseriesCsvTests
{
    [Fact]
    public void Writes_rows_sorted_by_replicate_then_step()
    {
        const string expected =
            "replicate,step,new_adopters,adopters,exposures\n" +
            "0,0,2,2,0\n" +
            "0,1,3,5,6\n" +
            "0,2,1,6,9\n" +
            "1,0,2,2,0\n";

        Assert.Equal(expected, TimeseriesCsv.Format(Fixtures.TwoReplicates()));
    }
}
