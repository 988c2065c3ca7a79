using InfluenceSim.Networks.Files;
using InfluenceSim.Testing;

namespace InfluenceSim.Networks.Tests.Files;

public sealed class NetworkFileReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("net.csv", "a,b\nb,c\n")]
    [InlineData("net.tsv", "a\tb\nb\tc\n")]
    [InlineData("NET.TXT", "a b\nb c\n")]
    public void Edge_lists_are_read_by_extension_and_undirected_by_default(string name, string text)
    {
        var network = NetworkFileReader.Read(_folder.Write(name, text));

        Assert.False(network.Directed);
        Assert.Equal(["a", "b", "c"], network.Labels);
        Assert.Equal(4, network.TieCount);
    }

    [Fact]
    public void The_directed_argument_sets_an_edge_list_direction()
    {
        var network = NetworkFileReader.Read(_folder.Write("net.csv", "a,b\nb,c\n"), directed: true);

        Assert.True(network.Directed);
        Assert.Equal(2, network.TieCount);
    }

    [Fact]
    public void GraphML_is_read_by_extension()
    {
        string path = _folder.Write("net.graphml", """<graphml><graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>""");

        var network = NetworkFileReader.Read(path);

        Assert.True(network.Directed);
        Assert.Equal(1, network.TieCount);
        var error = Assert.Throws<NetworkFileException>(() => NetworkFileReader.Read(path, directed: false));
        Assert.StartsWith($"{path}:1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_name_the_file_path()
    {
        string path = _folder.Write("net.csv", "a,b\na,c,zero\n");

        var error = Assert.Throws<NetworkFileException>(() => NetworkFileReader.Read(path));

        Assert.Equal($"{path}:2:5: expected a weight (a finite number > 0), found 'zero'", error.Message);
        Assert.Equal(path, error.FilePath);
    }

    [Fact]
    public void An_unknown_extension_is_an_error()
    {
        string path = _folder.Write("net.gexf", "<gexf/>");

        var error = Assert.Throws<NetworkFileException>(() => NetworkFileReader.Read(path));

        Assert.Equal($"{path}: expected a file ending in .csv, .tsv, .txt or .graphml, found '.gexf'", error.Message);
    }

    [Fact]
    public void A_missing_file_is_an_error()
    {
        string path = _folder.File("absent.csv");

        var error = Assert.Throws<NetworkFileException>(() => NetworkFileReader.Read(path));

        Assert.Equal($"{path}: the network file does not exist", error.Message);
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_before_reading()
    {
        string path = _folder.File("huge.csv");
        using (var stream = File.Create(path))
        {
            stream.SetLength(NetworkFileLimits.MaxFileBytes + 1);
        }

        var error = Assert.Throws<NetworkFileException>(() => NetworkFileReader.Read(path));

        Assert.Equal($"{path}: expected a file of at most 2 GiB (2147483648 bytes), found 2147483649 bytes", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
