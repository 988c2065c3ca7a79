namespace InfluenceSim.Models.Market;

/// <summary>
/// The network file's trait values and segments of a contiguous run of nodes, read by the node's
/// index in the run: one shared column per trait (NaN where the file gives none) and one of
/// segments (-1: none), so a block of many nodes holds no object per node.
/// </summary>
public sealed class FixedValueTable
{
    private readonly double[]?[] _traits;
    private readonly int[]? _segments;
    private readonly int _first;

    private FixedValueTable(double[]?[] traits, int[]? segments, int first)
    {
        _traits = traits;
        _segments = segments;
        _first = first;
    }

    /// <summary>No value from a file for any node.</summary>
    public static FixedValueTable None { get; } = new(new double[]?[TraitNames.All.Count], null, 0);

    /// <summary>The values of one node (index 0): <see cref="None"/> when the file gives it none.</summary>
    public static FixedValueTable Of(NodeFixedValues values)
    {
        if (values.Traits is null && values.Segment < 0)
        {
            return None;
        }

        var traits = new double[]?[TraitNames.All.Count];
        if (values.Traits is { } fixedTraits)
        {
            for (int trait = 0; trait < traits.Length; trait++)
            {
                traits[trait] = [fixedTraits[trait]];
            }
        }

        return new FixedValueTable(traits, values.Segment >= 0 ? [values.Segment] : null, 0);
    }

    /// <summary>The values of the nodes from <paramref name="firstNode"/> on (index 0 is <paramref name="firstNode"/>), viewing the columns of <paramref name="attributes"/>.</summary>
    public static FixedValueTable Of(NodeAttributeValues attributes, int firstNode)
    {
        var traits = new double[]?[TraitNames.All.Count];
        foreach (var (trait, perNode) in attributes.Traits)
        {
            traits[(int)trait] = perNode;
        }

        return new FixedValueTable(traits, attributes.Segments, firstNode);
    }

    /// <summary>A view of node <paramref name="index"/> alone (its index 0) over the same columns: <see cref="None"/> when the file gives it no value.</summary>
    public FixedValueTable Node(int index) =>
        Segment(index) >= 0 || AnyTrait(_first + index) ? new FixedValueTable(_traits, _segments, _first + index) : None;

    /// <summary>The file's value of <paramref name="trait"/> for node <paramref name="index"/>, or NaN.</summary>
    public double Trait(int index, Trait trait) => _traits[(int)trait] is { } column ? column[_first + index] : double.NaN;

    /// <summary>Whether the file gives <paramref name="trait"/> for any node (a column, NaN where a node has none).</summary>
    public bool HasColumn(Trait trait) => _traits[(int)trait] is not null;

    /// <summary>The file's segment of node <paramref name="index"/>, or -1.</summary>
    public int Segment(int index) => _segments is { } segments ? segments[_first + index] : -1;

    /// <summary>Whether the file gives any trait at <paramref name="position"/> of the columns (a loop: a node grain's join asks once per node).</summary>
    private bool AnyTrait(int position)
    {
        foreach (var column in _traits)
        {
            if (column is not null && !double.IsNaN(column[position]))
            {
                return true;
            }
        }

        return false;
    }
}
