using System.Globalization;

namespace InfluenceSim.Networks.Files;

/// <summary>
/// What the readers share: labels numbered 0.. in order of first appearance, and ties checked for
/// self-loops and duplicates (a pair listed again must carry the same weight; in an undirected
/// file "a b" and "b a" are the same pair). When the weights are probabilities, a weight above 1
/// is refused at its tie's line.
/// </summary>
internal sealed class TieCollector(string sourceName, bool directed, bool weightsAreProbabilities = false)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _labels = [];
    private readonly Dictionary<long, (double Weight, int Line)> _ties = new(PairKeyComparer.Instance);

    public bool Directed => directed;

    public int NodeCount => _labels.Count;

    /// <summary>The id of a label, numbering it if it is new.</summary>
    public int IdOf(string label, int line, int column)
    {
        if (_ids.TryGetValue(label, out int id))
        {
            return id;
        }

        if (label.Length == 0)
        {
            throw new NetworkFileException(sourceName, line, column, "expected a node label, found an empty one");
        }

        if (label.Length > NetworkFileLimits.MaxLabelLength)
        {
            throw new NetworkFileException(sourceName, line, column, Invariant($"expected a label of at most {NetworkFileLimits.MaxLabelLength} characters, found one of {label.Length}"));
        }

        id = _labels.Count;
        _ids.Add(label, id);
        _labels.Add(label);
        return id;
    }

    public string LabelOf(int id) => _labels[id];

    /// <summary>Adds a tie unless the same pair was already listed with the same weight.</summary>
    public void AddTie(int source, int target, double weight, int line, int column)
    {
        if (source == target)
        {
            throw new NetworkFileException(sourceName, line, column, $"expected a tie between two different nodes, found a self-loop at '{_labels[source]}'");
        }

        if (weightsAreProbabilities && weight > 1)
        {
            throw new NetworkFileException(sourceName, line, column, Invariant($"tie '{_labels[source]}'-'{_labels[target]}' has weight {weight}: expected a weight in (0, 1], as each weight is the tie's probability (model.probability from-weight)"));
        }

        long key = directed || source < target ? Key(source, target) : Key(target, source);
        if (_ties.TryGetValue(key, out var first))
        {
            if (first.Weight != weight)
            {
                throw new NetworkFileException(sourceName, line, column, Invariant($"tie '{_labels[source]}'-'{_labels[target]}' is listed again with weight {weight}, but line {first.Line} gave it weight {first.Weight}"));
            }

            return;
        }

        if ((_ties.Count + 1L) * (directed ? 1 : 2) > Array.MaxLength)
        {
            throw new NetworkFileException(sourceName, line, column, Invariant($"expected at most {Array.MaxLength} directed ties, found more"));
        }

        _ties.Add(key, (weight, line));
    }

    public Network Build()
    {
        var builder = new NetworkBuilder(_labels.Count, directed) { Labels = [.. _labels] };
        foreach (var (key, tie) in _ties)
        {
            builder.AddTie((int)(key >> 32), (int)(uint)key, tie.Weight);
        }

        return builder.Build();
    }

    private static long Key(int source, int target) => ((long)source << 32) | (uint)target;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
