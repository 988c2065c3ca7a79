namespace InfluenceSim.Scenarios.Syntax;

/// <summary>A YAML mapping with scalar keys, in the order written.</summary>
internal sealed class MappingNode(NodeLocation location, List<MappingEntry> entries) : ScenarioNode(location)
{
    /// <summary>The entries in order (mutable so that <c>--set</c> can add or replace one).</summary>
    public List<MappingEntry> Entries { get; } = entries;

    /// <summary>The index of the first entry with this key, or -1.</summary>
    public int IndexOf(string key) => Entries.FindIndex(e => e.Key.Value == key);

    /// <summary>The first entry with this key, or null.</summary>
    public MappingEntry? Find(string key)
    {
        int index = IndexOf(key);
        return index < 0 ? null : Entries[index];
    }

    public override string Describe() => Entries.Count == 0 ? "an empty mapping" : "a mapping";
}
