using System.Globalization;
using System.Text;
using InfluenceSim.Files;

namespace InfluenceSim.Networks.Files;

/// <summary>
/// Writes a network as an edge list that <see cref="EdgeListReader"/> reads back: a '#' comment, a
/// <c>source target [weight]</c> header, then one line per tie (an undirected tie once, lower id
/// first) with node labels, quoted where needed and guarded against spreadsheet formulas (<see cref="CsvCell"/>); weights only when some tie is not 1.
/// Isolated nodes cannot be written in this format; GraphML keeps them.
/// </summary>
public static class EdgeListWriter
{
    /// <summary>Writes <paramref name="network"/> with <paramref name="separator"/>: ',', '\t' or ' '.</summary>
    public static void Write(Network network, TextWriter writer, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(writer);
        if (separator is not (',' or '\t' or ' '))
        {
            throw new ArgumentOutOfRangeException(nameof(separator), "the separator must be a comma, a tab or a space");
        }

        bool weighted = !network.Unweighted;
        string kind = network.Directed ? "directed" : "undirected";
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"# InfluenceSim edge list: {kind}, {network.NodeCount} nodes, {network.TieCount} directed ties\n"));
        writer.Write(weighted ? $"source{separator}target{separator}weight\n" : $"source{separator}target\n");
        foreach (var (source, target, weight) in network.Ties())
        {
            if (!network.Directed && target < source)
            {
                continue;
            }

            writer.Write(Field(network.LabelOf(source)));
            writer.Write(separator);
            writer.Write(Field(network.LabelOf(target)));
            if (weighted)
            {
                writer.Write(separator);
                writer.Write(weight.ToString("R", CultureInfo.InvariantCulture));
            }

            writer.Write('\n');
        }
    }

    /// <summary>Writes a UTF-8 file, whole or not at all; the separator follows the extension (.tsv tab, .txt space, else comma).</summary>
    public static void WriteFile(Network network, string path)
    {
        char separator = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".tsv" => '\t',
            ".txt" => ' ',
            _ => ',',
        };
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            Write(network, writer, separator);
        });
    }

    private static string Field(string label)
    {
        if (label.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            throw new ArgumentException($"label '{label}' holds a line break, which an edge list cannot hold; write GraphML instead", nameof(label));
        }

        string cell = CsvCell.Guard(label);
        bool quote = cell.Length == 0 || cell[0] == '#' || cell.AsSpan().IndexOfAny("\", \t") >= 0;
        return quote ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
