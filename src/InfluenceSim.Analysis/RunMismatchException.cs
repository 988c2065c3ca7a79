namespace InfluenceSim.Analysis;

/// <summary>Two runs whose points cannot be matched: different key columns, or points in one run only; one problem per line, every mismatched point named.</summary>
public sealed class RunMismatchException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>Each problem, one line each.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
