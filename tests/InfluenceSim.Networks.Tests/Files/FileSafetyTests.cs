using InfluenceSim.Networks.Files;
using InfluenceSim.Testing;

namespace InfluenceSim.Networks.Tests.Files;

/// <summary>docs/safety.md: exports never follow a planted link, formula-like labels are guarded, and only regular files are read.</summary>
public sealed class FileSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void An_edge_list_export_does_not_follow_a_link_planted_at_the_old_temporary_name()
    {
        string victim = _folder.Write("victim.txt", "precious\n");
        File.CreateSymbolicLink(_folder.File("n.csv.tmp"), victim);

        EdgeListWriter.WriteFile(Pair("a", "b"), _folder.File("n.csv"));

        Assert.Equal("precious\n", File.ReadAllText(victim));
        Assert.Null(new FileInfo(_folder.File("n.csv")).LinkTarget);
        Assert.EndsWith("a,b\n", File.ReadAllText(_folder.File("n.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_GraphML_export_does_not_follow_a_link_planted_at_the_old_temporary_name()
    {
        string victim = _folder.Write("victim.txt", "precious\n");
        File.CreateSymbolicLink(_folder.File("n.graphml.tmp"), victim);

        GraphMlWriter.WriteFile(Pair("a", "b"), _folder.File("n.graphml"));

        Assert.Equal("precious\n", File.ReadAllText(victim));
        Assert.Equal(2, NetworkFileReader.Read(_folder.File("n.graphml")).NodeCount);
    }

    [Fact]
    public void Formula_like_labels_are_guarded_in_an_exported_edge_list_and_read_back_unchanged()
    {
        string[] labels = ["=1+2", "-x", "@sum", "+y", "'=q", "-3", "plain"];
        var builder = new NetworkBuilder(labels.Length, directed: true) { Labels = labels };
        for (int u = 0; u + 1 < labels.Length; u++)
        {
            builder.AddTie(u, u + 1);
        }

        string path = _folder.File("n.csv");
        EdgeListWriter.WriteFile(builder.Build(), path);

        Assert.Equal(
            ["'=1+2,'-x", "'-x,'@sum", "'@sum,'+y", "'+y,''=q", "''=q,-3", "-3,plain"],
            File.ReadAllLines(path).Skip(2));
        Assert.Equal(labels, NetworkFileReader.Read(path, directed: true).Labels);
    }

    [Fact]
    public void A_network_file_that_is_a_device_is_refused_without_reading_it()
    {
        string path = _folder.File("zero.csv");
        File.CreateSymbolicLink(path, "/dev/zero");

        var error = Assert.Throws<NetworkFileException>(() => NetworkFileReader.Read(path));

        Assert.Equal($"{path}: the network file is a character device, not a regular file", error.Message);
    }

    [Fact]
    public void A_node_file_that_is_a_device_is_refused_without_reading_it()
    {
        string path = _folder.File("zero.csv");
        File.CreateSymbolicLink(path, "/dev/zero");

        var error = Assert.Throws<NetworkFileException>(() => NodeFileReader.Read(path, Pair("a", "b"), AttributeRules.Both));

        Assert.Equal($"{path}: the node file is a character device, not a regular file", error.Message);
    }

    public void Dispose() => _folder.Dispose();

    private static Network Pair(string a, string b)
    {
        var builder = new NetworkBuilder(2, directed: false) { Labels = [a, b] };
        builder.AddTie(0, 1);
        return builder.Build();
    }
}
