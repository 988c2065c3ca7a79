using System.Globalization;

namespace InfluenceSim.Networks.Files;

/// <summary>
/// A network file that cannot be read: the message is <c>PATH:LINE:COL: problem</c> (1-based), or
/// <c>PATH: problem</c> when the problem concerns the whole file (then Line and Column are 0).
/// </summary>
public sealed class NetworkFileException(string path, int line, int column, string problem, Exception? innerException = null)
    : Exception(Format(path, line, column, problem), innerException)
{
    /// <summary>The file (or source name) the problem is in.</summary>
    public string FilePath { get; } = path;

    /// <summary>1-based line of the problem, or 0 for the whole file.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column of the problem, or 0 for the whole file.</summary>
    public int Column { get; } = column;

    /// <summary>The problem alone, without the position.</summary>
    public string Problem { get; } = problem;

    private static string Format(string path, int line, int column, string problem) =>
        line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: {problem}")
            : $"{path}: {problem}";
}
