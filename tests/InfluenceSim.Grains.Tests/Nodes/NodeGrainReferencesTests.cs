using System.Text;
using InfluenceSim.Grains.Nodes;

namespace InfluenceSim.Grains.Tests.Nodes;

/// <summary>A node grain's reference is made from the run id encoded once, with the key Orleans' <c>GetGrain(long, string)</c> makes.</summary>
public sealed class NodeGrainReferencesTests
{
    [Theory]
    [InlineData(0, "run-1")]
    [InlineData(7, "0f3c2a")]
    [InlineData(99_999, "a run with spaces and é")]
    [InlineData(int.MaxValue, "r")]
    public void A_node_s_key_is_the_one_orleans_makes_from_its_number_and_the_run_id(int node, string runId) =>
        Assert.Equal(GrainIdKeyExtensions.CreateIntegerKey(node, runId), NodeGrainReferences.Key(node, Encoding.UTF8.GetBytes(runId)));

    [Fact]
    public void The_node_s_number_and_run_id_are_read_back_from_the_key()
    {
        var id = GrainId.Create(GrainType.Create("node"), NodeGrainReferences.Key(42, "run-9"u8));

        Assert.Equal(42, id.GetIntegerKey(out string? runId));
        Assert.Equal("run-9", runId);
    }
}
