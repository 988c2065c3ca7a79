namespace InfluenceSim.Networks.Files;

/// <summary>
/// The requested node attributes of a GraphML read (<see cref="Network.NodeAttributes"/>): each
/// &lt;key for="node"&gt; (or "all") whose attr.name is a rule's name, its default, and the value
/// of each node's &lt;data&gt;, checked by the rule where it stands. A node without data takes the
/// key's default, or has no value.
/// </summary>
internal sealed class GraphMlAttributes(string sourceName, IReadOnlyList<NodeAttributeRule> rules)
{
    private readonly Dictionary<string, NodeAttributeRule> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _defaults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, string>> _values = new(StringComparer.Ordinal);

    /// <summary>The rule a &lt;key&gt; declares, or null when it declares none of the requested attributes.</summary>
    public NodeAttributeRule? RuleFor(string? kind, string? attributeName) =>
        kind is "node" or "all" ? rules.FirstOrDefault(r => string.Equals(r.Name, attributeName, StringComparison.OrdinalIgnoreCase)) : null;

    public void DeclareKey(string id, NodeAttributeRule rule, int line, int column)
    {
        if (_keys.Values.Contains(rule))
        {
            throw new NetworkFileException(sourceName, line, column, $"expected one <key> for the node attribute {rule.Name}, found another");
        }

        _keys[id] = rule;
        _values[id] = [];
    }

    /// <summary>Whether <paramref name="keyId"/> is the id of a requested attribute's key.</summary>
    public bool IsKey(string? keyId) => keyId is not null && _keys.ContainsKey(keyId);

    /// <summary>Checks and keeps the key's &lt;default&gt;.</summary>
    public void SetDefault(string id, string text, int line, int column) => _defaults[id] = Check(_keys[id], text, line, column);

    /// <summary>Checks and keeps the value of node <paramref name="node"/>'s &lt;data&gt; for key <paramref name="keyId"/>.</summary>
    public void Record(int node, string keyId, string text, int line, int column) =>
        _values[keyId][node] = Check(_keys[keyId], text, line, column);

    /// <summary>The network with the attributes attached (defaults filled in), or as it is when no key was declared.</summary>
    public Network Attach(Network network)
    {
        var attributes = new Dictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal);
        foreach (var (id, rule) in _keys)
        {
            var given = _values[id];
            string? fallback = _defaults.GetValueOrDefault(id);
            var values = new string?[network.NodeCount];
            for (int node = 0; node < values.Length; node++)
            {
                values[node] = given.TryGetValue(node, out string? value) ? value : fallback;
            }

            attributes[rule.Name] = values;
        }

        return network.WithNodeAttributes(attributes);
    }

    private string Check(NodeAttributeRule rule, string text, int line, int column)
    {
        string value = text.Trim();
        return rule.Accepts(value) ? value : throw new NetworkFileException(sourceName, line, column, NodeAttributeText.Refusal(rule, value));
    }
}
