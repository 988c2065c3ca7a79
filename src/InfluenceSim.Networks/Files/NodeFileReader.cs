using System.Globalization;

namespace InfluenceSim.Networks.Files;

/// <summary>
/// Reads a node file: a header row whose first column is <c>id</c> or <c>label</c> and whose other
/// columns are node attributes named by rules, then one row per node, its label (as the network
/// file writes it) and its values. Fields are separated by commas (a tab or spaces also work, as in
/// edge lists); blank lines and lines starting with '#' are skipped; an empty value gives the node
/// none. Every problem is a <see cref="NetworkFileException"/> at its line and column.
/// </summary>
public static class NodeFileReader
{
    /// <summary>The network with the attributes of the node file at <paramref name="path"/> attached.</summary>
    public static Network Read(string path, Network network, IReadOnlyList<NodeAttributeRule> rules)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(rules);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new NetworkFileException(path, 0, 0, Directory.Exists(path) ? "expected a node file, found a folder" : "expected a node file, found no file at this path");
            }

            if (info.Length > NetworkFileLimits.MaxFileBytes)
            {
                throw new NetworkFileException(path, 0, 0, string.Create(CultureInfo.InvariantCulture, $"expected a file of at most 2 GiB ({NetworkFileLimits.MaxFileBytes} bytes), found {info.Length} bytes"));
            }

            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            return Read(reader, path, network, rules);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NetworkFileException(path, 0, 0, $"cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>Reads a node file's text; <paramref name="sourceName"/> names it in errors.</summary>
    public static Network Read(TextReader reader, string sourceName, Network network, IReadOnlyList<NodeAttributeRule> rules)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(network);
        var lines = new BoundedLineReader(reader, sourceName);
        var fields = new List<EdgeListField>();
        NodeFileTable? table = null;
        while (lines.ReadLine() is { } line)
        {
            if (EdgeListLine.IsBlankOrComment(line))
            {
                continue;
            }

            EdgeListLine.Split(line, fields, sourceName, lines.LineNumber);
            if (table is null)
            {
                table = NodeFileTable.FromHeader(fields, sourceName, lines.LineNumber, network, rules);
            }
            else
            {
                table.AddRow(fields, lines.LineNumber);
            }
        }

        return table is null
            ? throw new NetworkFileException(sourceName, 0, 0, "expected a header row (id or label, then attribute columns), found an empty file")
            : network.WithNodeAttributes(table.Columns());
    }
}
