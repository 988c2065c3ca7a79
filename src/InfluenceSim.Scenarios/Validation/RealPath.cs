namespace InfluenceSim.Scenarios.Validation;

/// <summary>Resolves a path the way the operating system would: symbolic links followed, then <c>.</c> and <c>..</c> applied.</summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>The absolute path with every symbolic link on the way resolved (missing parts are kept as written).</summary>
    /// <exception cref="IOException">More than 40 links, as in a loop.</exception>
    public static string Of(string path)
    {
        int links = 0;
        return Walk(Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path), ref links);
    }

    private static string Walk(string path, ref int links)
    {
        string root = Path.GetPathRoot(path)!;
        string current = root;
        foreach (string part in path[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            string next = Path.Join(current, part);
            string? target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many symbolic links in '{path}'");
            }

            current = Walk(Path.IsPathRooted(target) ? target : Path.Join(current, target), ref links);
        }

        return current;
    }
}
