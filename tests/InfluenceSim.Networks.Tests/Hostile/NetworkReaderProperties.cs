using System.Text;
using InfluenceSim.Networks.Files;
using InfluenceSim.Networks.Tests.Files;
using HostileInput = InfluenceSim.Testing.HostileInput;
using InfluenceSim.Testing;

namespace InfluenceSim.Networks.Tests.Hostile;

/// <summary>For any edge list, GraphML or node file bytes (random, truncated or mutated), the readers return a network or a <see cref="NetworkFileException"/> naming the file, never anything else, and write nothing.</summary>
public sealed class NetworkReaderProperties : IDisposable
{
    private static readonly byte[] EdgeList = Encoding.UTF8.GetBytes("# friends\nsource,target,weight\nana,bob,0.5\n\"carl, jr\",ana,1\nbob,dee,2e-1\n\ndee,ana\n");

    private static readonly byte[] GraphMl = Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="c" for="node" attr.name="credibility" attr.type="double"/>
          <key id="s" for="node" attr.name="segment" attr.type="string"/>
          <key id="w" for="edge" attr.name="weight" attr.type="double"/>
          <graph id="G" edgedefault="undirected">
            <node id="a"><data key="c">0.5</data><data key="s">fans</data></node>
            <node id="b"/>
            <node id="c"><data key="s">sceptics</data></node>
            <edge source="a" target="b"><data key="w">0.3</data></edge>
            <edge source="b" target="c"/>
          </graph>
        </graphml>
        """);

    private static readonly byte[] NodeFile = Encoding.UTF8.GetBytes("# traits\nid,segment,credibility\nana,fans,0.5\n\"bob\",sceptics,\ndee,,1\n");

    private readonly TempFolder _folder = new();

    [Fact]
    public void Any_edge_list_bytes_give_a_network_or_a_file_error() => CheckFile("ties.csv", EdgeList, path => NetworkFileReader.Read(path));

    [Fact]
    public void Any_graphml_bytes_give_a_network_or_a_file_error() => CheckFile("ties.graphml", GraphMl, path => NetworkFileReader.Read(path, attributes: AttributeRules.Both));

    [Fact]
    public void Any_node_file_bytes_give_a_network_or_a_file_error()
    {
        var ties = NetworkFileReader.Read(_folder.Write("ties.csv", Encoding.UTF8.GetString(EdgeList)));
        CheckFile("nodes.csv", NodeFile, path => NodeFileReader.Read(path, ties, AttributeRules.Both));
    }

    public void Dispose() => _folder.Dispose();

    private void CheckFile(string name, byte[] valid, Action<string> read)
    {
        string path = _folder.File(name);
        File.WriteAllBytes(path, valid);
        read(path);
        string[] before = [.. Directory.EnumerateFileSystemEntries(_folder.Path).Order(StringComparer.Ordinal)];
        HostileInput.Check(HostileInput.Variants(valid), bytes =>
        {
            File.WriteAllBytes(path, bytes);
            try
            {
                read(path);
            }
            catch (NetworkFileException e)
            {
                Assert.Equal(path, e.FilePath);
                Assert.StartsWith(e.Line > 0 ? $"{path}:{e.Line}:{e.Column}: " : $"{path}: ", e.Message, StringComparison.Ordinal);
                Assert.True(e.Line == 0 || e.Column >= 1, e.Message);
            }

            Assert.Equal(before, Directory.EnumerateFileSystemEntries(_folder.Path).Order(StringComparer.Ordinal));
        });
    }
}
