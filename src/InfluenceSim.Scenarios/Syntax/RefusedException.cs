namespace InfluenceSim.Scenarios.Syntax;

/// <summary>Stops reading a YAML text that is refused as a whole (an anchor, too deep, too many nodes, two documents).</summary>
internal sealed class RefusedException(NodeLocation location, string message) : Exception(message)
{
    /// <summary>Where the refused construct starts.</summary>
    public NodeLocation Location { get; } = location;
}
