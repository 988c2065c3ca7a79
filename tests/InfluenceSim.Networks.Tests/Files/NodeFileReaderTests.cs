using InfluenceSim.Networks.Files;
using InfluenceSim.Testing;

namespace InfluenceSim.Networks.Tests.Files;

/// <summary>The node file of an edge list: attribute columns by id or label, checked where they stand; hostile files refused.</summary>
public sealed class NodeFileReaderTests : IDisposable
{
    private const string Source = "nodes.csv";
    private readonly TempFolder _folder = new();

    [Fact]
    public void Columns_named_as_attributes_are_read_by_label()
    {
        var network = Read("# node traits\nid,Segment,credibility\nc,sceptics,\n\na,fans,0.5\n");

        Assert.Equal(["a", "b", "c"], network.Labels);
        Assert.Equal(["0.5", null, null], network.NodeAttributes["credibility"]);
        Assert.Equal(["fans", null, "sceptics"], network.NodeAttributes["segment"]);
        Assert.Equal(4, network.TieCount);
    }

    [Fact]
    public void The_first_column_may_be_called_label_and_fields_may_be_quoted()
    {
        var network = Read("label,credibility\n\"b\",1\n");

        Assert.Equal([null, "1", null], network.NodeAttributes["credibility"]);
    }

    [Theory]
    [InlineData("node,credibility\n", "nodes.csv:1:1: expected the header's first column to be id or label, found 'node'")]
    [InlineData("id\n", "nodes.csv:1:1: expected attribute columns after 'id' (one of credibility, segment), found none")]
    [InlineData("id,charm\n", "nodes.csv:1:4: expected a column named one of credibility, segment, found 'charm'")]
    [InlineData("id,segment,Segment\n", "nodes.csv:1:12: expected each column once, found segment again")]
    [InlineData("id,credibility\na,0.5,1\n", "nodes.csv:2:7: expected 2 fields as in the header, found 3")]
    [InlineData("id,credibility,segment\na,0.5\n", "nodes.csv:2:3: expected 3 fields as in the header, found 2")]
    [InlineData("id,credibility\nz,0.5\n", "nodes.csv:2:1: expected a node of the network file, found 'z', which no tie names")]
    [InlineData("id,credibility\na,0.5\na,0.2\n", "nodes.csv:3:1: expected each node once, found 'a' again (line 2 gave it first)")]
    [InlineData("id,credibility\na,1.5\n", "nodes.csv:2:3: expected credibility to be a number from 0 to 1, found '1.5'")]
    [InlineData("id,segment\nb,critics\n", "nodes.csv:2:3: expected segment to be a segment (fans, sceptics), found 'critics'")]
    [InlineData("# nothing\n\n", "nodes.csv: expected a header row (id or label, then attribute columns), found an empty file")]
    public void Bad_node_files_are_refused_at_their_place(string text, string expected)
    {
        var error = Assert.Throws<NetworkFileException>(() => Read(text));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void A_node_file_over_the_size_cap_is_refused_before_reading()
    {
        string path = _folder.File("huge.csv");
        using (var stream = File.Create(path))
        {
            stream.SetLength(NetworkFileLimits.MaxFileBytes + 1);
        }

        var error = Assert.Throws<NetworkFileException>(() => NodeFileReader.Read(path, Ties(), AttributeRules.Both));

        Assert.Equal($"{path}: expected a file of at most 2 GiB (2147483648 bytes), found 2147483649 bytes", error.Message);
    }

    [Fact]
    public void A_missing_node_file_is_refused()
    {
        string path = _folder.File("none.csv");

        var error = Assert.Throws<NetworkFileException>(() => NodeFileReader.Read(path, Ties(), AttributeRules.Both));

        Assert.Equal($"{path}: the node file does not exist", error.Message);
    }

    [Fact]
    public void A_node_file_on_disk_is_read()
    {
        string path = _folder.Write("nodes.csv", "id,credibility\nb,0.125\n");

        Assert.Equal([null, "0.125", null], NodeFileReader.Read(path, Ties(), AttributeRules.Both).NodeAttributes["credibility"]);
    }

    public void Dispose() => _folder.Dispose();

    private static Network Ties() => EdgeListReader.Read(new StringReader("a,b\nb,c\n"), "ties.csv");

    private static Network Read(string text) => NodeFileReader.Read(new StringReader(text), Source, Ties(), AttributeRules.Both);
}
