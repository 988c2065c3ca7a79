using InfluenceSim.Scenarios.Validation;

namespace InfluenceSim.RunFolders;

/// <summary>Keeps what a verb writes off what it reads: an output is never an input, a folder holding one, or a data file of a run folder read (docs/safety.md).</summary>
public static class InputGuard
{
    private static readonly string[] DataExtensions = [".csv", ".json", ".parquet"];

    /// <summary>How paths compare on this system (ordinal on Linux, ignoring case elsewhere).</summary>
    internal static StringComparison Comparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The first of <paramref name="inputs"/> that <paramref name="output"/> is or contains (symbolic links followed), or null.</summary>
    public static string? Overlap(string output, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        string target = Real(output);
        return inputs.FirstOrDefault(input => IsWithin(Real(input), target));
    }

    /// <summary>
    /// The first of <paramref name="runFolders"/> that <paramref name="output"/> is, or in which it would be a data file
    /// (<c>.csv</c>, <c>.json</c>, <c>.parquet</c>: the files a run folder is made of), or null.
    /// </summary>
    public static string? RunFolderData(string output, IEnumerable<string> runFolders)
    {
        ArgumentNullException.ThrowIfNull(runFolders);
        string target = Real(output);
        bool data = DataExtensions.Contains(Path.GetExtension(target), StringComparer.OrdinalIgnoreCase);
        return runFolders.FirstOrDefault(folder =>
        {
            string real = Real(folder);
            return real.Equals(target, Comparison) || (data && IsWithin(target, real));
        });
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real, absolute paths).</summary>
    internal static bool IsWithin(string path, string folder) =>
        path.Equals(folder, Comparison) || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, Comparison);

    private static string Real(string path) => Path.TrimEndingDirectorySeparator(RealPath.Of(Path.GetFullPath(path)));
}
