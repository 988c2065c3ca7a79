using InfluenceSim.Engine.Running;

namespace InfluenceSim.Engine.Output;

/// <summary>
/// The key columns of a run's tables (<c>seeding.strategy</c>, swept keys), after the usual columns. A key
/// column is typed by its values: integers when every non-empty value reads as one, else doubles when every
/// one reads as a number, else text; it is nullable when a value is empty. Numbers keep their spelling in CSV.
/// </summary>
public static class TableKeys
{
    /// <summary>The key columns of a run's replicates (the same for every replicate), typed by their values.</summary>
    public static IReadOnlyList<OutputColumn> Columns(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Replicates.Count == 0
            ? []
            : [.. result.Replicates[0].Keys.Select((key, i) => Column(key.Key, [.. result.Replicates.Select(r => r.Keys[i].Value)]))];
    }

    /// <summary>A replicate's key values as cells of <paramref name="columns"/>.</summary>
    public static Cell[] Cells(ReplicateResult replicate, IReadOnlyList<OutputColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(replicate);
        ArgumentNullException.ThrowIfNull(columns);
        return [.. columns.Select((column, i) => Cell.Parse(replicate.Keys[i].Value, column.Type))];
    }

    /// <summary>The column named <paramref name="name"/> that holds <paramref name="values"/>.</summary>
    public static OutputColumn Column(string name, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.Where(v => v.Length > 0).ToList();
        var type = present.Count == 0 ? ColumnType.Text
            : present.TrueForAll(v => Cell.CanParse(v, ColumnType.Integer)) ? ColumnType.Integer
            : present.TrueForAll(v => Cell.CanParse(v, ColumnType.Real)) ? ColumnType.Real
            : ColumnType.Text;
        return new OutputColumn(name, type, present.Count < values.Count);
    }
}
