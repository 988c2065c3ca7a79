using System.Text;
using InfluenceSim.Networks.Files;

namespace InfluenceSim.Networks.Tests.Files;

public sealed class GraphMlReaderTests
{
    private const string Source = "net.graphml";

    private const string Weighted = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="d0" for="node" attr.name="weight" attr.type="double"/>
          <key id="d1" for="edge" attr.name="weight" attr.type="double">
            <default>1.5</default>
          </key>
          <key id="d2" for="edge" attr.name="colour" attr.type="string"/>
          <graph id="G" edgedefault="undirected">
            <node id="n0"><data key="d0">99</data></node>
            <node id="n1"/>
            <node id="n2"/>
            <node id="lonely"/>
            <edge source="n0" target="n1"><data key="d1">2.0</data><data key="d2">red</data></edge>
            <edge id="e1" source="n2" target="n1"/>
          </graph>
        </graphml>
        """;

    [Fact]
    public void Reads_nodes_edges_weights_defaults_and_isolated_nodes()
    {
        var network = Read(Weighted);

        Assert.False(network.Directed);
        Assert.Equal(["n0", "n1", "n2", "lonely"], network.Labels);
        Assert.Equal(4, network.TieCount);
        Assert.Equal([1], network.OutNeighbours(0).ToArray());
        Assert.Equal([2.0], network.OutWeights(0).ToArray());
        Assert.Equal([2.0, 1.5], network.OutWeights(1).ToArray());
        Assert.Equal(0, network.OutDegree(3));
    }

    [Fact]
    public void Directed_edgedefault_gives_a_directed_network()
    {
        var network = Read(Graph("directed", """<node id="a"/><node id="b"/><edge source="a" target="b"/><edge source="b" target="a"/>"""));

        Assert.True(network.Directed);
        Assert.Equal(2, network.TieCount);
        Assert.True(network.Unweighted);
    }

    [Fact]
    public void A_directed_argument_that_agrees_is_accepted_and_one_that_disagrees_is_an_error()
    {
        string text = Graph("undirected", """<node id="a"/><node id="b"/><edge source="a" target="b"/>""");

        Assert.False(Read(text, directed: false).Directed);
        var error = ReadError(text, directed: true);
        Assert.Equal("net.graphml:2:17: expected edgedefault to agree with directed: true, found edgedefault=\"undirected\"", error.Message);
    }

    [Fact]
    public void A_missing_edgedefault_needs_the_directed_argument()
    {
        string text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph id="G"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph>
            </graphml>
            """;

        Assert.True(Read(text, directed: true).Directed);
        var error = ReadError(text);
        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("expected edgedefault=\"directed\" or \"undirected\" on <graph>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Edges_may_name_nodes_declared_later()
    {
        var network = Read(Graph("undirected", """<edge source="b" target="a"/><node id="a"/><node id="b"/>"""));

        Assert.Equal(["b", "a"], network.Labels);
        Assert.Equal(2, network.TieCount);
    }

    [Fact]
    public void An_undirected_pair_listed_twice_in_either_order_is_one_tie()
    {
        var network = Read(Graph("undirected", """<node id="a"/><node id="b"/><edge source="a" target="b"/><edge source="b" target="a"/>"""));

        Assert.Equal(2, network.TieCount);
    }

    [Fact]
    public void A_pair_listed_again_with_another_weight_is_an_error()
    {
        string text = """
            <graphml>
            <key id="w" for="edge" attr.name="weight"/>
            <graph edgedefault="undirected"><node id="a"/><node id="b"/>
            <edge source="a" target="b"><data key="w">1</data></edge>
            <edge source="b" target="a"><data key="w">2</data></edge>
            </graph></graphml>
            """;

        var error = ReadError(text);

        Assert.Equal("net.graphml:5:1: tie 'b'-'a' is listed again with weight 2, but line 4 gave it weight 1", error.Message);
    }

    [Fact]
    public void A_directed_pair_listed_again_with_another_weight_is_an_error_but_its_reverse_is_not()
    {
        string text = """
            <graphml>
            <key id="w" for="all" attr.name="Weight"/>
            <graph edgedefault="directed"><node id="a"/><node id="b"/>
            <edge source="a" target="b"><data key="w">1</data></edge>
            <edge source="b" target="a"><data key="w">2</data></edge>
            <edge source="a" target="b"><data key="w">3</data></edge>
            </graph></graphml>
            """;

        var error = ReadError(text);

        Assert.Equal(6, error.Line);
        Assert.Contains("listed again with weight 3, but line 4 gave it weight 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_doctype_with_an_entity_is_refused()
    {
        string text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [ <!ENTITY boom "boom boom boom"> ]>
            <graphml><graph edgedefault="undirected"><node id="&boom;"/></graph></graphml>
            """;

        var error = ReadError(text);

        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal("expected GraphML without a DTD, found a <!DOCTYPE> (DTDs and entity declarations are refused)", error.Problem);
        Assert.StartsWith("net.graphml:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_entity_is_refused()
    {
        string text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml SYSTEM "file:///etc/passwd">
            <graphml/>
            """;

        Assert.Contains("DTD", ReadError(text).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">heavy</data></edge>""", 2, 96, "expected a weight (a finite number > 0), found 'heavy'")]
    [InlineData("""<node id="a"/><edge source="a" target="a"/>""", 2, 54, "expected a tie between two different nodes, found a self-loop at 'a'")]
    [InlineData("""<node id="a"/><edge source="a" target="ghost"/>""", 2, 71, "expected every node of an edge to be declared by a <node>, found no <node id=\"ghost\">")]
    [InlineData("""<node id="a"/><node id="a"/>""", 2, 60, "expected each node once, found a second <node id=\"a\">")]
    [InlineData("""<node/>""", 2, 40, "expected an id attribute on <node>, found none")]
    [InlineData("""<node id="a"/><edge target="a"/>""", 2, 54, "expected a source attribute on <edge>, found none")]
    [InlineData("""<node id="a"><graph edgedefault="undirected"/></node>""", 2, 53, "expected a flat graph, found a nested <graph> (not supported)")]
    [InlineData("""<hyperedge/>""", 2, 40, "expected <node> and <edge> elements, found a <hyperedge> (not supported)")]
    [InlineData("""<node id="a"/><node id="b"/><edge source="a" target="b" directed="true"/>""", 2, 96, "expected every edge to follow edgedefault (mixed graphs are not supported), found directed=\"true\"")]
    public void Bad_graphs_name_line_column_and_what_was_expected(string body, int line, int column, string problem)
    {
        string text = $"""
            <graphml><key id="w" for="edge" attr.name="weight"/>
            <graph id="G" edgedefault="undirected">{body}</graph></graphml>
            """;

        var error = ReadError(text);

        Assert.Equal($"net.graphml:{line}:{column}: {problem}", error.Message);
    }

    [Fact]
    public void A_second_graph_is_an_error()
    {
        var error = ReadError("""<graphml><graph edgedefault="directed"><node id="a"/></graph><graph edgedefault="directed"/></graphml>""");

        Assert.Equal("net.graphml:1:62: expected one <graph>, found another (several or nested graphs are not supported)", error.Message);
    }

    [Fact]
    public void Another_root_element_is_an_error()
    {
        Assert.Equal("net.graphml:1:1: expected the root element <graphml>, found <gexf>", ReadError("<gexf/>").Message);
    }

    [Fact]
    public void A_graphml_without_graph_or_nodes_is_an_error()
    {
        Assert.Equal("net.graphml: expected a <graph> element, found none", ReadError("<graphml/>").Message);
        Assert.Equal("net.graphml: expected at least one <node>, found none", ReadError(Graph("directed", "")).Message);
    }

    [Fact]
    public void Malformed_xml_is_reported_with_its_position()
    {
        var error = ReadError("<graphml>\n  <graph edgedefault=\"directed\">\n    <node id=\"a\">\n</graphml>");

        Assert.Equal(4, error.Line);
        Assert.StartsWith("expected well-formed XML: ", error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Line 4", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_edgedefault_is_an_error()
    {
        var error = ReadError(Graph("sideways", "<node id=\"a\"/>"));

        Assert.Equal("net.graphml:2:17: expected edgedefault=\"directed\" or \"undirected\", found \"sideways\"", error.Message);
    }

    [Fact]
    public void Labels_longer_than_the_cap_are_refused()
    {
        string label = new('x', NetworkFileLimits.MaxLabelLength + 1);

        var error = ReadError(Graph("directed", $"<node id=\"{label}\"/>"));

        Assert.Contains($"expected a label of at most {NetworkFileLimits.MaxLabelLength} characters", error.Message, StringComparison.Ordinal);
    }

    private static string Graph(string edgeDefault, string body) => $"""
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <graph id="G" edgedefault="{edgeDefault}">{body}</graph>
        </graphml>
        """;

    private static Network Read(string text, bool? directed = null) =>
        GraphMlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), Source, directed);

    private static NetworkFileException ReadError(string text, bool? directed = null) =>
        Assert.Throws<NetworkFileException>(() => Read(text, directed));
}
