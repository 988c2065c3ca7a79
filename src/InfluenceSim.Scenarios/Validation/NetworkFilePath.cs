using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Resolves <c>network.path</c> and <c>network.nodes</c> against the scenario's folder, refusing paths that lead outside it.</summary>
internal static class NetworkFilePath
{
    private static readonly string[] Extensions = [".csv", ".tsv", ".txt", ".graphml"];
    private static readonly string[] NodeFileExtensions = [".csv"];

    /// <summary>The real absolute path of the network file, or null (reported).</summary>
    public static string? Resolve(string given, string baseDirectory, ScenarioNode node, string path, ProblemList problems) =>
        Resolve(given, baseDirectory, node, path, problems, Extensions, "an edge list (.csv, .tsv, .txt) or a GraphML file (.graphml)");

    /// <summary>The real absolute path of a node file (<c>network.nodes</c>, a .csv), or null (reported).</summary>
    public static string? ResolveNodeFile(string given, string baseDirectory, ScenarioNode node, string path, ProblemList problems) =>
        Resolve(given, baseDirectory, node, path, problems, NodeFileExtensions, "a node file (.csv)");

    private static string? Resolve(string given, string baseDirectory, ScenarioNode node, string path, ProblemList problems, string[] extensions, string kind)
    {
        string folder;
        string resolved;
        try
        {
            folder = RealPath.Of(baseDirectory);
            resolved = RealPath.Of(Path.IsPathRooted(given) ? given : Path.Join(baseDirectory, given));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(node.Location, $"'{path}' cannot be resolved: {ex.Message}");
            return null;
        }

        if (!IsInside(resolved, folder))
        {
            problems.Add(node.Location, $"'{path}' is '{given}', which resolves outside the scenario's folder; network files must lie in that folder or below it (path traversal is refused)");
            return null;
        }

        if (!extensions.Contains(Path.GetExtension(given).ToLowerInvariant()))
        {
            problems.Add(node.Location, $"'{path}' must name {kind}, found '{given}'");
            return null;
        }

        if (Directory.Exists(resolved))
        {
            problems.Add(node.Location, $"'{path}' must name a file, found '{given}', a folder");
            return null;
        }

        if (!File.Exists(resolved))
        {
            problems.Add(node.Location, $"'{path}' names no file: '{given}' does not exist in the scenario's folder");
            return null;
        }

        if (RegularFile.NotRegular(resolved) is { } what)
        {
            problems.Add(node.Location, $"'{path}' must name a regular file, found '{given}', which {what}");
            return null;
        }

        return resolved;
    }

    private static bool IsInside(string resolved, string folder)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        string prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return resolved.StartsWith(prefix, comparison);
    }
}
