namespace InfluenceSim.Scenarios;

/// <summary>One thing wrong with a scenario, at a 1-based line and column of a file or of a <c>--set</c> pseudo-file.</summary>
/// <param name="File">The scenario file's path as the user gave it, or <c>--set KEY=VALUE</c> for an override.</param>
/// <param name="Line">1-based line of the offending key or value.</param>
/// <param name="Column">1-based column of the offending key or value.</param>
/// <param name="Message">What is wrong: the key, what was expected, what was found.</param>
public sealed record ScenarioProblem(string File, int Line, int Column, string Message)
{
    /// <summary>The contract's error line, <c>FILE:LINE:COL: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
