using InfluenceSim.RunFolders;

namespace InfluenceSim.Reporting.Analysis;

/// <summary>The values of a run's key columns shared by the rows of one point or group (for example <c>model.probability = 0.1</c>).</summary>
public sealed class GroupKey : IEquatable<GroupKey>
{
    public GroupKey(IReadOnlyList<KeyValuePair<string, string>> values) => Values = values;

    /// <summary>The key of a run without key columns: every row belongs to one group.</summary>
    public static GroupKey Empty { get; } = new([]);

    /// <summary>Each key column and its value, in the column order of the file.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values { get; }

    public bool IsEmpty => Values.Count == 0;

    /// <summary>How the key reads in a legend (<see cref="KeyLabel"/>): <c>model.probability = 0.1, network.mean-degree = 4</c>.</summary>
    public string Label => KeyLabel.Of(Values);

    /// <summary>The value of <paramref name="key"/>, or null when this key has no such column.</summary>
    public string? ValueOf(string key)
    {
        foreach (var (name, value) in Values)
        {
            if (name == key)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The same key without the column <paramref name="key"/>.</summary>
    public GroupKey Without(string key) => new([.. Values.Where(v => v.Key != key)]);

    public bool Equals(GroupKey? other) =>
        other is not null && other.Values.Count == Values.Count && Values.Zip(other.Values).All(p => p.First.Key == p.Second.Key && p.First.Value == p.Second.Value);

    public override bool Equals(object? obj) => Equals(obj as GroupKey);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (key, value) in Values)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => Label;
}
