using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders;

/// <summary>
/// The tables of a run whose rows end with their replicate's key columns (<see cref="TableKeys"/>): rows produced
/// lazily from the run's records, per replicate in output order or per record in group order.
/// </summary>
internal static class KeyedRows
{
    /// <summary>A table of the rows <paramref name="rowsOf"/> gives for each replicate (<see cref="CsvFormat.InOrder"/>), each followed by the replicate's key cells.</summary>
    public static OutputTable PerReplicate(string name, IReadOnlyList<OutputColumn> columns, RunResult result, Func<ReplicateResult, IEnumerable<Cell[]>> rowsOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(rowsOf);
        var keys = TableKeys.Columns(result);
        return new OutputTable(name, [.. columns, .. keys], Rows());

        IEnumerable<Cell[]> Rows()
        {
            foreach (var replicate in CsvFormat.InOrder(result))
            {
                var keyCells = TableKeys.Cells(replicate, keys);
                foreach (var row in rowsOf(replicate))
                {
                    yield return [.. row, .. keyCells];
                }
            }
        }
    }

    /// <summary>
    /// A table of one row per record of the run (<paramref name="recordsOf"/>: its events, its nodes), records in group
    /// order (a sweep point, a compared strategy) and otherwise as given, each followed by its group's key cells. A record
    /// of a group without replicates is an <see cref="ArgumentException"/> naming the records' <paramref name="kind"/>,
    /// raised when that row is reached.
    /// </summary>
    public static OutputTable PerGroup<T>(string name, IReadOnlyList<OutputColumn> columns, RunResult result, Func<RunResult, IEnumerable<T>> recordsOf, string kind, Func<T, int> groupOf, Func<T, Cell[]> rowOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        var keys = TableKeys.Columns(result);
        var keyCells = TableKeys.CellsByGroup(result, keys, kind);
        return new OutputTable(name, [.. columns, .. keys], recordsOf(result).OrderBy(groupOf).Select(record => (Cell[])[.. rowOf(record), .. keyCells(groupOf(record))]));
    }
}
