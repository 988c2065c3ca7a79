namespace InfluenceSim.Scenarios;

/// <summary>
/// Positions (1-based line and column) of keys and values in a scenario file, by dotted path such as
/// <c>seeding.nodes[2]</c>: a scalar's own position, or for a list or mapping the key that opens it.
/// A value given by <c>--set</c> is located in that override's pseudo-file.
/// </summary>
public sealed class SourceMap(string file, IReadOnlyDictionary<string, SourcePosition> positions, IReadOnlyDictionary<string, string>? files = null)
{
    /// <summary>The scenario file's path as the user gave it.</summary>
    public string File { get; } = file;

    /// <summary>The position of a dotted path, or of its nearest ancestor that has one, or 1:1.</summary>
    public SourcePosition Locate(string path) => Find(path).Position;

    /// <summary>The file a dotted path was written in: the scenario file, or an override's pseudo-file <c>--set KEY=VALUE</c>.</summary>
    public string FileOf(string path) => Find(path).File;

    /// <summary>An error line in the contract's form <c>FILE:LINE:COL: message</c>.</summary>
    public string Format(string path, string message)
    {
        var (where, position) = Find(path);
        return $"{where}:{position.Line}:{position.Column}: {message}";
    }

    private (string File, SourcePosition Position) Find(string path)
    {
        for (string? p = path; !string.IsNullOrEmpty(p); p = Parent(p))
        {
            if (positions.TryGetValue(p, out var position))
            {
                return (files is not null && files.TryGetValue(p, out string? other) ? other : File, position);
            }
        }

        return (File, new SourcePosition(1, 1));
    }

    private static string? Parent(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? null : path[..cut];
    }
}
