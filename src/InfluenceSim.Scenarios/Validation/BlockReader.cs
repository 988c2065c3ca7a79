using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>
/// One mapping of a scenario (the root, <c>network:</c>, <c>model:</c>, <c>seeding:</c>) with its
/// dotted path, the location of the key that opens it, and every key it can ever hold.
/// </summary>
internal sealed class BlockReader(MappingNode node, string path, NodeLocation owner, IReadOnlyCollection<string> vocabulary, ProblemList problems)
{
    /// <summary>Where the key that opens the block stands (a list item: the item).</summary>
    public NodeLocation Owner => owner;

    /// <summary>The dotted path of a key of this block.</summary>
    public string PathOf(string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>The entry with this key, or null.</summary>
    public MappingEntry? Entry(string key) => node.Find(key);

    /// <summary>The value of this key, or null when the key is absent.</summary>
    public ScenarioNode? Value(string key) => node.Find(key)?.Value;

    /// <summary>The value of a required key, or null (reported as missing).</summary>
    public ScenarioNode? Required(string key, string why = "")
    {
        var value = Value(key);
        if (value is null)
        {
            Missing(key, why);
        }

        return value;
    }

    /// <summary>
    /// Reports a missing key at the key that opens the block, unless a misspelling of it is there
    /// (reported as an unknown key with the suggestion).
    /// </summary>
    public void Missing(string key, string why = "")
    {
        bool misspelt = node.Entries.Any(e => !vocabulary.Contains(e.Key.Value) && KeySuggestions.Nearest(e.Key.Value, vocabulary) == key);
        if (!misspelt)
        {
            problems.Add(owner, $"missing required key '{PathOf(key)}'{why}");
        }
    }

    /// <summary>A block of <paramref name="node"/> that holds only <paramref name="keys"/>: any other key is reported at once (<see cref="RejectUnknown()"/>).</summary>
    public static BlockReader Known(MappingNode node, string path, NodeLocation owner, IReadOnlyCollection<string> keys, ProblemList problems)
    {
        var block = new BlockReader(node, path, owner, keys, problems);
        block.RejectUnknown();
        return block;
    }

    /// <summary>Reports every key outside the block's vocabulary with the usual message (<see cref="UnknownKey"/>).</summary>
    public void RejectUnknown() => RejectUnknown(vocabulary, key => UnknownKey(key, vocabulary));

    /// <summary>Reports every key outside <paramref name="known"/> with the message <paramref name="explain"/> gives.</summary>
    public void RejectUnknown(IReadOnlyCollection<string> known, Func<string, string> explain)
    {
        foreach (var entry in node.Entries.Where(e => !known.Contains(e.Key.Value)))
        {
            problems.Add(entry.Key.Location, explain(entry.Key.Value));
        }
    }

    /// <summary>The usual message for an unknown key, with a suggestion.</summary>
    public string UnknownKey(string key, IReadOnlyCollection<string> known)
    {
        string where = path.Length == 0 ? string.Empty : $" in '{path}'";
        return $"unknown key '{key}'{where}{KeySuggestions.Hint(key, known)}";
    }

    /// <summary>Reports the first of <paramref name="keys"/> as missing, naming the others as its alternatives.</summary>
    public void MissingAll(IReadOnlyList<string> keys, string why = "") =>
        Missing(keys[0], string.Concat(keys.Skip(1).Select(k => $" or '{PathOf(k)}'")) + why);

    /// <summary>Reports <paramref name="second"/> when it is given with <paramref name="first"/>, its alternative.</summary>
    public void NotBoth(string first, string second, string why = "") =>
        NotUsed(second, $"give either '{PathOf(first)}' or '{PathOf(second)}', not both{why}");

    /// <summary>Reports a key that is not used with the block's other settings.</summary>
    public void NotUsed(string key, string message)
    {
        var entry = node.Find(key);
        if (entry is not null)
        {
            problems.Add(entry.Key.Location, message);
        }
    }
}
