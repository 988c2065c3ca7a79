namespace InfluenceSim.Networks.Files;

/// <summary>The columns of a node file being read: which rule each column follows and each node's value, one row per node at most.</summary>
internal sealed class NodeFileTable
{
    private static readonly string[] LabelColumns = ["id", "label"];

    private readonly string _sourceName;
    private readonly NodeAttributeRule[] _rules;
    private readonly string?[][] _values;
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<int, int> _rowOf = [];

    private NodeFileTable(string sourceName, NodeAttributeRule[] rules, Network network)
    {
        _sourceName = sourceName;
        _rules = rules;
        _values = [.. rules.Select(_ => new string?[network.NodeCount])];
        _ids = Enumerable.Range(0, network.NodeCount).ToDictionary(network.LabelOf, id => id, StringComparer.Ordinal);
    }

    /// <summary>Reads the header: <c>id</c> or <c>label</c>, then one or more distinct attribute names.</summary>
    public static NodeFileTable FromHeader(List<EdgeListField> fields, string sourceName, int line, Network network, IReadOnlyList<NodeAttributeRule> rules)
    {
        if (!LabelColumns.Contains(fields[0].Text, StringComparer.OrdinalIgnoreCase))
        {
            throw new NetworkFileException(sourceName, line, fields[0].Column, $"expected the header's first column to be id or label, found '{fields[0].Text}'");
        }

        if (fields.Count < 2)
        {
            throw new NetworkFileException(sourceName, line, fields[0].Column, $"expected attribute columns after '{fields[0].Text}' (one of {string.Join(", ", rules.Select(r => r.Name))}), found none");
        }

        var columns = new List<NodeAttributeRule>();
        foreach (var field in fields.Skip(1))
        {
            var rule = rules.FirstOrDefault(r => string.Equals(r.Name, field.Text, StringComparison.OrdinalIgnoreCase))
                ?? throw new NetworkFileException(sourceName, line, field.Column, $"expected a column named one of {string.Join(", ", rules.Select(r => r.Name))}, found '{field.Text}'");
            if (columns.Contains(rule))
            {
                throw new NetworkFileException(sourceName, line, field.Column, $"expected each column once, found {rule.Name} again");
            }

            columns.Add(rule);
        }

        return new NodeFileTable(sourceName, [.. columns], network);
    }

    /// <summary>Reads one row: a node of the network, not listed before, and a value (or nothing) per column.</summary>
    public void AddRow(List<EdgeListField> fields, int line)
    {
        if (fields.Count != _rules.Length + 1)
        {
            int at = fields.Count > _rules.Length + 1 ? fields[_rules.Length + 1].Column : fields[^1].Column;
            throw Error(line, at, $"expected {_rules.Length + 1} fields as in the header, found {fields.Count}");
        }

        string label = fields[0].Text;
        if (!_ids.TryGetValue(label, out int node))
        {
            throw Error(line, fields[0].Column, $"expected a node of the network file, found '{label}', which no tie names");
        }

        if (!_rowOf.TryAdd(node, line))
        {
            throw Error(line, fields[0].Column, $"expected each node once, found '{label}' again (line {_rowOf[node]} gave it first)");
        }

        for (int c = 0; c < _rules.Length; c++)
        {
            var field = fields[c + 1];
            if (field.Text.Length == 0)
            {
                continue;
            }

            _values[c][node] = _rules[c].Accepts(field.Text) ? field.Text : throw Error(line, field.Column, NodeAttributeText.Refusal(_rules[c], field.Text));
        }
    }

    /// <summary>The attributes by rule name.</summary>
    public Dictionary<string, IReadOnlyList<string?>> Columns() =>
        Enumerable.Range(0, _rules.Length).ToDictionary(c => _rules[c].Name, c => (IReadOnlyList<string?>)_values[c], StringComparer.Ordinal);

    private NetworkFileException Error(int line, int column, string problem) => new(_sourceName, line, column, problem);
}
