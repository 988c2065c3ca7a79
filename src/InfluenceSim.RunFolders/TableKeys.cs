using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders;

/// <summary>
/// The key columns of a run's tables: in a sweep the point's number (<c>point</c>, from 0), then the keys
/// (<c>seeding.strategy</c>, swept keys), each typed by its values; a number keeps its spelling in CSV.
/// </summary>
public static class TableKeys
{
    /// <summary>The column of a sweep point's number, 0-based like <c>replicate</c> (BehaviorSpace's run number).</summary>
    public const string PointColumn = "point";

    /// <summary>
    /// Whether a column read back from a run folder is a key column: its name holds a dot, as a dotted scenario path
    /// (<c>model.probability</c>, <c>seeding.strategy</c>) does and no other column's name does (docs/analysis.md, "Points").
    /// </summary>
    public static bool IsKeyColumn(string column) => column.Contains('.', StringComparison.Ordinal);

    /// <summary>The key columns of a run's replicates (the same for every replicate), after <see cref="PointColumn"/> in a sweep.</summary>
    public static IReadOnlyList<OutputColumn> Columns(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Replicates.Count == 0
            ? []
            :
            [
                .. result.Sweep ? [OutputColumn.Integer(PointColumn)] : Array.Empty<OutputColumn>(),
                .. result.Replicates[0].Keys.Select((key, i) => OutputColumn.Key(key.Key, [.. result.Replicates.Select(r => r.Keys[i].Value)])),
            ];
    }

    /// <summary>A replicate's key values as cells of <paramref name="columns"/> (its point's number first in a sweep).</summary>
    public static Cell[] Cells(ReplicateResult replicate, IReadOnlyList<OutputColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(replicate);
        ArgumentNullException.ThrowIfNull(columns);
        int point = columns.Count > 0 && columns[0].Name == PointColumn ? 1 : 0;
        return
        [
            .. point == 1 ? [Cell.Of(replicate.Group)] : Array.Empty<Cell>(),
            .. columns.Skip(point).Select((column, i) => Cell.Parse(replicate.Keys[i].Value, column.Type)),
        ];
    }

    /// <summary>
    /// The key cells of every group of replicates (a sweep point, a compared strategy), for tables whose rows carry
    /// a group rather than a replicate (events, nodes); <paramref name="rows"/> names those rows in the error.
    /// </summary>
    public static Func<int, Cell[]> CellsByGroup(RunResult result, IReadOnlyList<OutputColumn> columns, string rows)
    {
        ArgumentNullException.ThrowIfNull(result);
        var byGroup = result.Replicates
            .GroupBy(r => r.Group)
            .ToDictionary(g => g.Key, g => Cells(g.First(), columns));
        return group => byGroup.TryGetValue(group, out var cells)
            ? cells
            : throw new ArgumentException($"{rows} belong to group {group}, which has no replicate", nameof(result));
    }
}
