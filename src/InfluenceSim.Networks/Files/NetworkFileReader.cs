using InfluenceSim.Files;

namespace InfluenceSim.Networks.Files;

/// <summary>Reads a network file, choosing the format by extension: .csv .tsv .txt (edge list) or .graphml.</summary>
public static class NetworkFileReader
{
    /// <summary>
    /// Reads the network at <paramref name="path"/>. <paramref name="directed"/> sets the direction of
    /// an edge list (default undirected); for GraphML it must agree with edgedefault. Every problem
    /// is a <see cref="NetworkFileException"/>. <paramref name="attributes"/> names the node
    /// attributes a GraphML file may carry (an edge list has none; see <see cref="NodeFileReader"/>).
    /// <paramref name="weightsAreProbabilities"/> refuses a weight above 1 at its tie's line.
    /// </summary>
    public static Network Read(string path, bool? directed = null, IReadOnlyList<NodeAttributeRule>? attributes = null, bool weightsAreProbabilities = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        bool graphMl = extension == ".graphml";
        if (!graphMl && extension is not (".csv" or ".tsv" or ".txt"))
        {
            throw new NetworkFileException(path, 0, 0, $"expected a file ending in .csv, .tsv, .txt or .graphml, found '{extension}'");
        }

        try
        {
            if (RegularFile.NotRegular(path) is { } what)
            {
                throw new NetworkFileException(path, 0, 0, $"the network file {what}");
            }

            var info = new FileInfo(path);
            if (info.Length > NetworkFileLimits.MaxFileBytes)
            {
                throw new NetworkFileException(path, 0, 0, $"expected a file of at most 2 GiB ({NetworkFileLimits.MaxFileBytes} bytes), found {info.Length} bytes");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            if (graphMl)
            {
                return GraphMlReader.Read(stream, path, directed, attributes, weightsAreProbabilities);
            }

            using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            return EdgeListReader.Read(reader, path, directed ?? false, weightsAreProbabilities);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NetworkFileException(path, 0, 0, $"cannot read the file: {e.Message}", e);
        }
    }
}
