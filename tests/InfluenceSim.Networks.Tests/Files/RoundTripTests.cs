using InfluenceSim.Networks.Files;
using InfluenceSim.Networks.Generators;
using InfluenceSim.Testing;

namespace InfluenceSim.Networks.Tests.Files;

public sealed class RoundTripTests : IDisposable
{
    private static readonly string[] AwkwardLabels =
    [
        "plain", "with space", "comma, inside", "quote \"q\"", "#hash", "tab\there", "<&>'", "ünïcødé", "source", "target", "isolated",
    ];

    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GraphML_keeps_ids_labels_weights_direction_and_isolated_nodes(bool directed)
    {
        var network = Awkward(directed);
        string path = _folder.File("net.graphml");

        GraphMlWriter.WriteFile(network, path);
        var back = NetworkFileReader.Read(path);

        Assert.Equal(directed, back.Directed);
        Assert.Equal(network.Labels, back.Labels);
        Assert.Equal(NetworkChecks.TieList(network), NetworkChecks.TieList(back));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Theory]
    [InlineData("net.csv", false)]
    [InlineData("net.tsv", true)]
    [InlineData("net.txt", false)]
    public void Edge_lists_keep_labels_weights_and_ties(string name, bool directed)
    {
        var network = Awkward(directed);
        string path = _folder.File(name);

        EdgeListWriter.WriteFile(network, path);
        var back = NetworkFileReader.Read(path, directed);

        Assert.Equal(directed, back.Directed);
        Assert.Equal(LabelledTies(network), LabelledTies(back));
        Assert.Equal(network.NodeCount - 1, back.NodeCount);
    }

    [Fact]
    public void Unweighted_generated_networks_round_trip_without_weights()
    {
        var network = NetworkGenerators.BarabasiAlbert(300, 2, 4);
        var text = new StringWriter();

        EdgeListWriter.Write(network, text);
        var back = EdgeListReader.Read(new StringReader(text.ToString()), "memory");

        Assert.DoesNotContain("weight", text.ToString(), StringComparison.Ordinal);
        Assert.True(back.Unweighted);
        Assert.Equal(LabelledTies(network), LabelledTies(back));
    }

    [Fact]
    public void Generated_networks_round_trip_through_GraphML_unchanged()
    {
        var network = NetworkGenerators.WattsStrogatz(500, 6, 0.2, 9);
        using var stream = new MemoryStream();

        GraphMlWriter.Write(network, stream);
        stream.Position = 0;
        var back = GraphMlReader.Read(stream, "memory");

        Assert.Equal(NetworkChecks.TieList(network), NetworkChecks.TieList(back));
        Assert.Equal(Enumerable.Range(0, 500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), back.Labels);
    }

    [Fact]
    public void Edge_list_writer_refuses_labels_with_line_breaks()
    {
        var builder = new NetworkBuilder(2, directed: false) { Labels = ["a\nb", "c"] };
        builder.AddTie(0, 1);

        Assert.Throws<ArgumentException>(() => EdgeListWriter.Write(builder.Build(), new StringWriter()));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A weighted network over awkward labels; the last node is isolated.</summary>
    private static Network Awkward(bool directed)
    {
        var builder = new NetworkBuilder(AwkwardLabels.Length, directed) { Labels = AwkwardLabels };
        for (int u = 0; u + 1 < AwkwardLabels.Length; u++)
        {
            for (int v = u + 1; v + 1 < AwkwardLabels.Length; v += 2)
            {
                builder.AddTie(u, v, 0.1 + u + (v / 3.0));
            }
        }

        if (directed)
        {
            builder.AddTie(3, 0, 7.25);
        }

        return builder.Build();
    }

    private static List<(string Source, string Target, double Weight)> LabelledTies(Network network) =>
        [.. network.Ties().Select(t => (network.LabelOf(t.Source), network.LabelOf(t.Target), t.Weight)).Order()];
}
