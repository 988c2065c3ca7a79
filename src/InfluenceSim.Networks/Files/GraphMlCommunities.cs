using System.Globalization;

namespace InfluenceSim.Networks.Files;

/// <summary>
/// The <c>community</c> node attribute of a GraphML read: the key (a &lt;key for="node"&gt; or
/// "all" with attr.name="community"), its default, and each node's value, an integer &gt;= 0. If
/// any node has a community, every node must (through its own &lt;data&gt; or the key's default).
/// </summary>
internal sealed class GraphMlCommunities(string sourceName)
{
    /// <summary>The attribute name, compared case-insensitively like the weight's.</summary>
    public const string AttributeName = "community";

    private readonly List<int> _values = [];
    private int? _default;
    private (string Label, int Line, int Column)? _firstWith;
    private (string Label, int Line, int Column)? _firstWithout;

    /// <summary>The key's id, or null when the file declares none.</summary>
    public string? KeyId { get; private set; }

    /// <summary>Whether a &lt;key&gt; declares the community attribute.</summary>
    public static bool IsCommunityKey(string? kind, string? attributeName) =>
        kind is "node" or "all" && string.Equals(attributeName, AttributeName, StringComparison.OrdinalIgnoreCase);

    public void DeclareKey(string id) => KeyId = id;

    /// <summary>Parses the key's &lt;default&gt;.</summary>
    public void SetDefault(string text, int line, int column) => _default = Parse(text, line, column);

    /// <summary>Parses a node's &lt;data&gt; value.</summary>
    public int Parse(string text, int line, int column)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int community))
        {
            return community;
        }

        string found = text.Length == 0 ? "nothing" : $"'{(text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "..."))}'";
        throw new NetworkFileException(sourceName, line, column, $"expected a community (an integer >= 0), found {found}");
    }

    /// <summary>Records the community of node <paramref name="id"/> (null: its &lt;node&gt; gave none).</summary>
    public void Record(int id, string label, int? community, int line, int column)
    {
        while (_values.Count <= id)
        {
            _values.Add(-1);
        }

        int? value = community ?? _default;
        if (value is { } given)
        {
            _values[id] = given;
            _firstWith ??= (label, line, column);
        }
        else
        {
            _firstWithout ??= (label, line, column);
        }
    }

    /// <summary>The network with its communities attached, or as it is when no node has one.</summary>
    public Network Attach(Network network)
    {
        if (_firstWith is not { } with)
        {
            return network;
        }

        if (_firstWithout is { } without)
        {
            throw new NetworkFileException(sourceName, without.Line, without.Column, $"expected a community for every node (node '{with.Label}' has one), found none for node '{without.Label}'");
        }

        var builder = new NetworkBuilder(network.NodeCount, network.Directed) { Labels = network.Labels, Communities = [.. _values] };
        foreach (var (source, target, weight) in network.Ties())
        {
            if (network.Directed || source < target)
            {
                builder.AddTie(source, target, weight);
            }
        }

        return builder.Build();
    }
}
