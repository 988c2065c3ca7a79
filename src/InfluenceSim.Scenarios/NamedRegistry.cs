namespace InfluenceSim.Scenarios;

/// <summary>Things a scenario names, each name once, in the order listings and error messages give them (docs/extending.md).</summary>
/// <typeparam name="T">What is named: a network generator, a seeding strategy.</typeparam>
public abstract class NamedRegistry<T>
    where T : class
{
    private readonly string _kind;
    private readonly string[] _names;

    /// <summary>A registry of <paramref name="items"/>, in that order; their names must be distinct.</summary>
    /// <param name="items">The things, in the documented order.</param>
    /// <param name="nameOf">The name a scenario gives one.</param>
    /// <param name="kind">What one is called in messages, such as "seeding strategy".</param>
    protected NamedRegistry(IReadOnlyList<T> items, Func<T, string> nameOf, string kind)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(nameOf);
        _kind = kind;
        _names = [.. items.Select(nameOf)];
        if (_names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"more than one {kind} is named '{twice.Key}'", nameof(items));
        }

        All = items;
    }

    /// <summary>Everything registered, in the documented order.</summary>
    public IReadOnlyList<T> All { get; }

    /// <summary>Every name, in the documented order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The one named <paramref name="name"/>, or null.</summary>
    public T? Find(string name)
    {
        int index = Array.IndexOf(_names, name);
        return index < 0 ? null : All[index];
    }

    /// <summary>The one named <paramref name="name"/> (a name validation accepted).</summary>
    public T Get(string name) => Find(name) ?? throw new ArgumentException($"unknown {_kind} '{name}'", nameof(name));
}
