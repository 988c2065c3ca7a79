namespace InfluenceSim.Scenarios.Syntax;

/// <summary>A node of the small YAML tree a scenario is read into: scalar, sequence or mapping, with its location.</summary>
internal abstract class ScenarioNode(NodeLocation location)
{
    /// <summary>Where the node starts.</summary>
    public NodeLocation Location { get; } = location;

    /// <summary>What the node is, for "found ..." in a message: <c>'abc'</c>, <c>12</c>, <c>a list</c>.</summary>
    public abstract string Describe();
}
