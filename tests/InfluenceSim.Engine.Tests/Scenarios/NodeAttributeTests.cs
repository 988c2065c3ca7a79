using InfluenceSim.Engine.Running;
using InfluenceSim.Models.Market;
using InfluenceSim.Scenarios;
using InfluenceSim.Seeding;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>Traits and segments fixed per node by a node file or GraphML data keys, mapped into the run request; bad files refused.</summary>
public sealed class NodeAttributeTests : IDisposable
{
    private const string Model = "model: { kind: independent-cascade, probability: 0.1 }\npopulation: { segments: [{ name: fans, share: 0.5 }] }\n";

    private readonly TempFolder _folder = new();

    [Fact]
    public void A_node_file_gives_traits_and_segments_by_label()
    {
        string nodes = _folder.Write("scenarios/nodes.csv", "id,credibility,segment\nc,0.25,fans\na,,\n");
        var prepared = Prepare("path: ties.csv\n  nodes: nodes.csv");

        Assert.Equal(nodes, prepared.Scenario.Network.NodeFile);
        Assert.Equal("""{"generator":"file","path":"ties.csv","nodes":"nodes.csv"}""", prepared.Scenario.Resolved["network"]!.ToJsonString());
        Assert.Equal([Trait.Credibility], prepared.Attributes.Traits.Keys);
        Assert.Equal([double.NaN, double.NaN, 0.25], prepared.Attributes.Traits[Trait.Credibility]);
        Assert.Equal([-1, -1, 0], prepared.Attributes.Segments!);
    }

    [Fact]
    public void GraphML_data_keys_give_traits_and_segments()
    {
        _folder.Write("scenarios/net.graphml", """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="t" for="node" attr.name="threshold"/><key id="s" for="node" attr.name="segment"/><key id="x" for="node" attr.name="colour"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="t">0.4</data><data key="x">red</data></node><node id="b"><data key="s">fans</data></node>
                <edge source="a" target="b"/>
              </graph>
            </graphml>
            """);

        var prepared = Prepare("path: net.graphml");

        Assert.Equal([0.4, double.NaN], prepared.Attributes.Traits[Trait.Threshold]);
        Assert.Equal([-1, 0], prepared.Attributes.Segments!);
    }

    [Fact]
    public void The_request_carries_the_market_the_attributes_and_the_events()
    {
        _folder.Write("scenarios/nodes.csv", "id,satisfaction\nb,0.5\n");
        var prepared = Prepare("path: ties.csv\n  nodes: nodes.csv", "outputs: [events]\nevents-cap: 10\n");

        var request = prepared.ToRequest(SeedPlan.Fixed([]));

        Assert.Same(prepared.Scenario.Market, request.Market);
        Assert.Same(prepared.Attributes, request.Attributes);
        Assert.Equal(new EventsOptions(true, 10), request.Events);
        Assert.Equal([double.NaN, 0.5, double.NaN], request.Attributes.Traits[Trait.Satisfaction]);
    }

    [Fact]
    public void A_generated_network_has_no_attributes()
    {
        var prepared = RunPreparation.Prepare(ScenarioText.Parse(ScenarioText.Minimal));

        Assert.Same(NodeAttributeValues.None, prepared.Attributes);
    }

    [Theory]
    [InlineData("id,segment\na,critics\n", "nodes.csv:2:3: expected segment to be a segment of population.segments (fans), found 'critics'")]
    [InlineData("id,credibility\na,1.5\n", "nodes.csv:2:3: expected credibility to be a number from 0 to 1, found '1.5'")]
    [InlineData("id,credibility\nq,0.5\n", "nodes.csv:2:1: expected a node of the network file, found 'q', which no tie names")]
    public void A_bad_node_file_value_is_reported_at_its_line_and_column(string text, string expected)
    {
        string nodes = _folder.Write("scenarios/nodes.csv", text);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => Prepare("path: ties.csv\n  nodes: nodes.csv")).Problems);

        Assert.Equal(expected.Replace("nodes.csv", nodes, StringComparison.Ordinal), problem.ToString());
    }

    [Fact]
    public void An_undeclared_GraphML_segment_is_reported_at_its_data()
    {
        string graph = _folder.Write("scenarios/net.graphml", "<graphml><key id=\"s\" for=\"node\" attr.name=\"segment\"/><graph edgedefault=\"undirected\">\n<node id=\"a\"><data key=\"s\">critics</data></node></graph></graphml>");

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => Prepare("path: net.graphml")).Problems);

        Assert.Equal($"{graph}:2:14: expected segment to be a segment of population.segments (fans), found 'critics'", problem.ToString());
    }

    [Fact]
    public void A_node_file_that_climbs_out_of_the_folder_is_refused_at_the_key()
    {
        _folder.Write("secret.csv", "id,credibility\n");

        Assert.Equal(
            "s.yaml:5:10: 'network.nodes' is '../secret.csv', which resolves outside the scenario's folder; network files must lie in that folder or below it (path traversal is refused)",
            Problem("path: ties.csv\n  nodes: ../secret.csv"));
    }

    [Fact]
    public void A_node_file_through_a_link_out_of_the_folder_is_refused()
    {
        _folder.Write("elsewhere/nodes.csv", "id,credibility\n");
        Directory.CreateDirectory(Path.Combine(_folder.Path, "scenarios"));
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "scenarios", "linked"), Path.Combine(_folder.Path, "elsewhere"));

        Assert.Contains("'network.nodes' is 'linked/nodes.csv', which resolves outside the scenario's folder", Problem("path: ties.csv\n  nodes: linked/nodes.csv"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("path: ties.csv\n  nodes: nodes.txt", "s.yaml:5:10: 'network.nodes' must name a node file (.csv), found 'nodes.txt'")]
    [InlineData("path: ties.csv\n  nodes: missing.csv", "s.yaml:5:10: 'network.nodes' names no file: 'missing.csv' does not exist in the scenario's folder")]
    [InlineData("path: ties.csv\n  nodes: [a.csv]", "s.yaml:5:10: 'network.nodes' must be the path of a node file (.csv), found a list")]
    [InlineData("path: net.graphml\n  nodes: nodes.csv", "s.yaml:5:10: 'network.nodes' is for edge lists; a GraphML file gives its nodes' attributes as <data> of its own")]
    public void Bad_node_file_keys_are_refused(string network, string expected)
    {
        _folder.Write("scenarios/nodes.txt", "id,credibility\n");
        _folder.Write("scenarios/nodes.csv", "id,credibility\n");
        _folder.Write("scenarios/net.graphml", "<graphml/>");

        Assert.Equal(expected, Problem(network));
    }

    [Fact]
    public void A_node_file_over_the_size_cap_is_refused_at_the_key()
    {
        string path = Path.Combine(_folder.Path, "scenarios", "nodes.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = File.Create(path))
        {
            stream.SetLength(Networks.Files.NetworkFileLimits.MaxFileBytes + 1);
        }

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => Prepare("path: ties.csv\n  nodes: nodes.csv")).Problems);

        Assert.Equal($"{Path.Combine(_folder.Path, "scenarios", "s.yaml")}:5:10: network.nodes: {path}: expected a file of at most 2 GiB (2147483648 bytes), found 2147483649 bytes", problem.ToString());
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string network, string extra)
    {
        _folder.Write("scenarios/ties.csv", "a,b\nb,c\n");
        return _folder.Write("scenarios/s.yaml", $"name: a\nnetwork:\n  generator: file\n  {network}\n{Model}{extra}");
    }

    private PreparedRun Prepare(string network, string extra = "")
    {
        string path = Write(network, extra);
        return RunPreparation.Prepare(ScenarioLoader.Load(path, [], [], BuiltIns.Registries));
    }

    private string Problem(string network)
    {
        string path = Write(network, string.Empty);
        return Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path, [], [], BuiltIns.Registries)).Problems).ToString().Replace(path, "s.yaml", StringComparison.Ordinal);
    }
}
