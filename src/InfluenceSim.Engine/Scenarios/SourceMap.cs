namespace InfluenceSim.Engine.Scenarios;

/// <summary>Positions (1-based line and column) of keys and values in a scenario file, by dotted path such as <c>seeding.nodes[2]</c>.</summary>
public sealed class SourceMap(string file, IReadOnlyDictionary<string, SourcePosition> positions)
{
    /// <summary>The scenario file's path as the user gave it.</summary>
    public string File { get; } = file;

    /// <summary>The position of a dotted path, or of its nearest ancestor that has one, or 1:1.</summary>
    public SourcePosition Locate(string path)
    {
        for (string? p = path; !string.IsNullOrEmpty(p); p = Parent(p))
        {
            if (positions.TryGetValue(p, out var position))
            {
                return position;
            }
        }

        return new SourcePosition(1, 1);
    }

    /// <summary>An error line in the contract's form <c>FILE:LINE:COL: message</c>.</summary>
    public string Format(string path, string message)
    {
        var position = Locate(path);
        return $"{File}:{position.Line}:{position.Column}: {message}";
    }

    private static string? Parent(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? null : path[..cut];
    }
}
