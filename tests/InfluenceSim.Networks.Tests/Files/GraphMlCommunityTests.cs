using System.Text;
using InfluenceSim.Networks.Files;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Files;

public sealed class GraphMlCommunityTests
{
    private const string Source = "net.graphml";

    [Fact]
    public void The_community_node_attribute_is_read_by_node_id()
    {
        var network = Read(Graph(
            """<key id="c" for="node" attr.name="community" attr.type="int"/>""",
            """<edge source="b" target="a"/><node id="a"><data key="c">0</data></node><node id="b"><data key="c"> 2 </data></node><node id="z"><data key="c">1</data></node>"""));

        Assert.Equal(["b", "a", "z"], network.Labels);
        Assert.Equal([2, 0, 1], network.Communities);
        Assert.Equal(2, network.TieCount);
    }

    [Fact]
    public void The_key_default_gives_a_community_to_nodes_without_data()
    {
        var network = Read(Graph(
            """<key id="c" for="all" attr.name="Community"><default>4</default></key>""",
            """<node id="a"/><node id="b"><data key="c">1</data></node>"""));

        Assert.Equal([4, 1], network.Communities);
    }

    [Fact]
    public void A_declared_but_unused_key_gives_no_communities()
    {
        var network = Read(Graph("""<key id="c" for="node" attr.name="community"/>""", """<node id="a"/><node id="b"/>"""));

        Assert.Null(network.Communities);
    }

    [Fact]
    public void A_node_without_a_community_when_others_have_one_is_an_error_at_that_node()
    {
        var error = ReadError(Graph(
            """<key id="c" for="node" attr.name="community"/>""",
            "<node id=\"a\"><data key=\"c\">0</data></node>\n<node id=\"b\"/>"));

        Assert.Equal("net.graphml:4:1: expected a community for every node (node 'a' has one), found none for node 'b'", error.Message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("red")]
    public void A_community_that_is_not_an_integer_of_zero_or_more_is_an_error_at_its_data(string value)
    {
        var error = ReadError(Graph("""<key id="c" for="node" attr.name="community"/>""", $"<node id=\"a\"><data key=\"c\">{value}</data></node>"));

        Assert.Equal($"net.graphml:3:14: expected a community (an integer >= 0), found '{value}'", error.Message);
    }

    [Fact]
    public void Stochastic_block_communities_round_trip_through_GraphML()
    {
        var network = NetworkGenerators.StochasticBlock([30, 50, 20], 0.2, 0.02, 7);
        using var stream = new MemoryStream();

        GraphMlWriter.Write(network, stream);
        stream.Position = 0;
        var back = GraphMlReader.Read(stream, Source);

        Assert.Equal(network.Communities, back.Communities);
        Assert.Equal(NetworkChecks.TieList(network), NetworkChecks.TieList(back));
        Assert.Contains("attr.name=\"community\"", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Networks_without_communities_are_written_without_the_key()
    {
        using var stream = new MemoryStream();

        GraphMlWriter.Write(NetworkGenerators.Path(3), stream);

        Assert.DoesNotContain("community", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    private static string Graph(string keys, string body) => $"""
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">{keys}
          <graph id="G" edgedefault="undirected">
        {body}
        </graph></graphml>
        """;

    private static Network Read(string text) => GraphMlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), Source);

    private static NetworkFileException ReadError(string text) => Assert.Throws<NetworkFileException>(() => Read(text));
}
