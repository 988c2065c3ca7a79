using InfluenceSim.Engine.Running;

namespace InfluenceSim.Engine.Output;

/// <summary>The key columns of a run's tables (<c>seeding.strategy</c>, swept keys), each typed by its values; a number keeps its spelling in CSV.</summary>
public static class TableKeys
{
    /// <summary>The key columns of a run's replicates (the same for every replicate).</summary>
    public static IReadOnlyList<OutputColumn> Columns(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Replicates.Count == 0
            ? []
            : [.. result.Replicates[0].Keys.Select((key, i) => OutputColumn.Infer(key.Key, [.. result.Replicates.Select(r => r.Keys[i].Value)]))];
    }

    /// <summary>A replicate's key values as cells of <paramref name="columns"/>.</summary>
    public static Cell[] Cells(ReplicateResult replicate, IReadOnlyList<OutputColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(replicate);
        ArgumentNullException.ThrowIfNull(columns);
        return [.. columns.Select((column, i) => Cell.Parse(replicate.Keys[i].Value, column.Type))];
    }
}
