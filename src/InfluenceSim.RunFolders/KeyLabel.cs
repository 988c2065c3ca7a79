namespace InfluenceSim.RunFolders;

/// <summary>
/// How a run point's key values read wherever people see them (console, <c>compare</c>, the report):
/// <c>model.probability = 0.1, seeding.strategy = random</c>, each key column by its full name and in the order given.
/// </summary>
public static class KeyLabel
{
    /// <summary>The keys as <c>key = value</c>, separated by <c>, </c>; empty without keys.</summary>
    public static string Of(IEnumerable<KeyValuePair<string, string>> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return string.Join(", ", keys.Select(k => $"{k.Key} = {k.Value}"));
    }

    /// <summary>
    /// Something that belongs to a point, such as a compared strategy: <c>network.nodes = 100: greedy</c>, or
    /// <paramref name="name"/> alone without keys.
    /// </summary>
    public static string Of(IEnumerable<KeyValuePair<string, string>> keys, string name)
    {
        string point = Of(keys);
        return point.Length == 0 ? name : $"{point}: {name}";
    }
}
