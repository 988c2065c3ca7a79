namespace InfluenceSim.Scenarios.Syntax;

/// <summary>A YAML sequence (a list), block or flow.</summary>
internal sealed class SequenceNode(NodeLocation location, List<ScenarioNode> items) : ScenarioNode(location)
{
    /// <summary>The items in order (mutable so that <c>--set</c> can replace one).</summary>
    public List<ScenarioNode> Items { get; } = items;

    public override string Describe() => Items.Count == 0 ? "an empty list" : "a list";
}
