using System.Text;
using InfluenceSim.Networks.Files;

namespace InfluenceSim.Networks.Tests.Files;

/// <summary>GraphML node data keys read as node attributes, checked where they stand, and written back by the GraphML writer.</summary>
public sealed class GraphMlAttributeTests
{
    private const string Source = "net.graphml";
    private const string Keys = """<key id="c" for="node" attr.name="credibility"/><key id="s" for="all" attr.name="Segment"><default>fans</default></key>""";

    [Fact]
    public void Requested_node_attributes_are_read_by_node_with_the_key_default()
    {
        var network = Read(Graph(Keys, """<node id="a"><data key="c"> 0.25 </data></node><node id="b"><data key="s">sceptics</data></node><edge source="a" target="b"/>"""));

        Assert.Equal(["credibility", "segment"], network.NodeAttributes.Keys.Order());
        Assert.Equal(["0.25", null], network.NodeAttributes["credibility"]);
        Assert.Equal(["fans", "sceptics"], network.NodeAttributes["segment"]);
    }

    [Fact]
    public void Without_rules_or_keys_a_network_has_no_attributes()
    {
        string text = Graph(Keys, """<node id="a"><data key="c">0.5</data></node><node id="b"/>""");

        Assert.Empty(GraphMlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), Source).NodeAttributes);
        Assert.Empty(Read(Graph(string.Empty, """<node id="a"/>""")).NodeAttributes);
    }

    [Fact]
    public void Attributes_and_communities_are_read_together()
    {
        var network = Read(Graph(
            """<key id="k" for="node" attr.name="community"/><key id="c" for="node" attr.name="credibility"/>""",
            """<node id="a"><data key="k">1</data><data key="c">1</data></node>"""));

        Assert.Equal([1], network.Communities);
        Assert.Equal(["1"], network.NodeAttributes["credibility"]);
    }

    [Theory]
    [InlineData("c", "1.5", "net.graphml:3:14: expected credibility to be a number from 0 to 1, found '1.5'")]
    [InlineData("c", "high", "net.graphml:3:14: expected credibility to be a number from 0 to 1, found 'high'")]
    [InlineData("s", "", "net.graphml:3:14: expected segment to be a segment (fans, sceptics), found nothing")]
    [InlineData("s", "critics", "net.graphml:3:14: expected segment to be a segment (fans, sceptics), found 'critics'")]
    public void A_refused_value_is_an_error_at_its_data(string key, string value, string expected)
    {
        var error = ReadError(Graph(Keys, $"<node id=\"a\"><data key=\"{key}\">{value}</data></node>"));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void A_refused_default_is_an_error_at_the_default()
    {
        var error = ReadError(Graph("""<key id="c" for="node" attr.name="credibility"><default>2</default></key>""", """<node id="a"/>"""));

        Assert.Equal("net.graphml:1:103: expected credibility to be a number from 0 to 1, found '2'", error.Message);
    }

    [Fact]
    public void Two_keys_for_one_attribute_are_an_error()
    {
        var error = ReadError(Graph("""<key id="c" for="node" attr.name="credibility"/><key id="d" for="node" attr.name="credibility"/>""", """<node id="a"/>"""));

        Assert.Equal("net.graphml:1:104: expected one <key> for the node attribute credibility, found another", error.Message);
    }

    [Fact]
    public void Written_attributes_read_back_the_same()
    {
        var network = Read(Graph(Keys, """<node id="a"><data key="c">0.25</data></node><node id="b"><data key="s">sceptics</data></node><edge source="a" target="b"/>"""));
        using var written = new MemoryStream();

        GraphMlWriter.Write(network, written);
        var back = GraphMlReader.Read(new MemoryStream(written.ToArray()), Source, attributes: AttributeRules.Both);

        Assert.Equal(["credibility", "segment"], back.NodeAttributes.Keys.Order());
        Assert.Equal(network.NodeAttributes["credibility"], back.NodeAttributes["credibility"]);
        Assert.Equal(network.NodeAttributes["segment"], back.NodeAttributes["segment"]);
    }

    private static string Graph(string keys, string body) => $"""
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">{keys}
          <graph id="G" edgedefault="undirected">
        {body}
        </graph></graphml>
        """;

    private static Network Read(string text) => GraphMlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), Source, attributes: AttributeRules.Both);

    private static NetworkFileException ReadError(string text) => Assert.Throws<NetworkFileException>(() => Read(text));
}
