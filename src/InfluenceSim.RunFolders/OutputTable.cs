namespace InfluenceSim.RunFolders;

/// <summary>
/// A table of the run folder: a name, typed columns and its rows, produced afresh each time the table is written (once
/// per format) from the records they describe, so that writing a table never holds a copy of it in memory.
/// </summary>
public sealed class OutputTable
{
    private readonly IEnumerable<Cell[]> rows;

    /// <summary>A table whose rows <paramref name="rows"/> produces, lazily, each time they are enumerated.</summary>
    /// <param name="name">The file name without extension: table <c>runs</c> is written as <c>runs.csv</c> and <c>runs.parquet</c>.</param>
    /// <param name="columns">The columns, in order; at least one.</param>
    /// <param name="rows">The rows, in order: one cell per column, of the column's type, null only in a nullable column.</param>
    public OutputTable(string name, IReadOnlyList<OutputColumn> columns, IEnumerable<Cell[]> rows)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException($"table '{name}' needs at least one column", nameof(columns));
        }

        Name = name;
        Columns = [.. columns];
        this.rows = rows;
    }

    public const string CsvExtension = ".csv";
    public const string ParquetExtension = ".parquet";

    /// <summary>The file name without extension, e.g. <c>runs</c>.</summary>
    public string Name { get; }

    /// <summary>The CSV file's name, e.g. <c>runs.csv</c>.</summary>
    public string CsvFile => Name + CsvExtension;

    /// <summary>The Parquet file's name, e.g. <c>runs.parquet</c>.</summary>
    public string ParquetFile => Name + ParquetExtension;

    public IReadOnlyList<OutputColumn> Columns { get; }

    /// <summary>The rows, produced as they are enumerated, each checked against the columns.</summary>
    /// <exception cref="ArgumentException">A row does not fit the columns (raised when that row is reached).</exception>
    public IEnumerable<Cell[]> Rows
    {
        get
        {
            foreach (var row in rows)
            {
                Check(row);
                yield return row;
            }
        }
    }

    private void Check(Cell[] row)
    {
        if (row.Length != Columns.Count)
        {
            throw new ArgumentException($"a row of table '{Name}' has {Columns.Count} cells, found {row.Length}", nameof(rows));
        }

        for (int i = 0; i < row.Length; i++)
        {
            var column = Columns[i];
            if (row[i].Type is { } type ? type != column.Type : !column.Nullable)
            {
                throw new ArgumentException($"column '{column.Name}' of table '{Name}' holds {Describe(column)} cells, found {row[i].Type?.ToString() ?? "null"}", nameof(rows));
            }
        }
    }

    private static string Describe(OutputColumn column) => column.Nullable ? $"{column.Type} or null" : $"{column.Type}";
}
