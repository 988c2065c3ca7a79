namespace InfluenceSim.Scenarios.Syntax;

/// <summary>Where a node was written: the file (or a <c>--set</c> pseudo-file) and a 1-based line and column.</summary>
internal readonly record struct NodeLocation(string File, int Line, int Column)
{
    /// <summary>This location as a source-map position (the file is kept apart).</summary>
    public SourcePosition Position => new(Line, Column);
}
