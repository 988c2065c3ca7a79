namespace InfluenceSim.RunFolders;

/// <summary>A table of the run folder: a name, typed columns and rows of cells, from which both its CSV text and its Parquet file are written.</summary>
public sealed class OutputTable
{
    private readonly List<Cell> cells = [];

    /// <summary>An empty table.</summary>
    /// <param name="name">The file name without extension: table <c>runs</c> is written as <c>runs.csv</c> and <c>runs.parquet</c>.</param>
    /// <param name="columns">The columns, in order; at least one.</param>
    public OutputTable(string name, IReadOnlyList<OutputColumn> columns)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException($"table '{name}' needs at least one column", nameof(columns));
        }

        Name = name;
        Columns = [.. columns];
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

    public int RowCount => cells.Count / Columns.Count;

    /// <summary>The cell at a row and column, both from 0.</summary>
    public Cell this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns.Count);
            return cells[(row * Columns.Count) + column];
        }
    }

    /// <summary>Appends a row: one cell per column, of the column's type, null only in a nullable column.</summary>
    /// <exception cref="ArgumentException">The row does not fit the columns.</exception>
    public void Add(params ReadOnlySpan<Cell> row)
    {
        if (row.Length != Columns.Count)
        {
            throw new ArgumentException($"a row of table '{Name}' has {Columns.Count} cells, found {row.Length}", nameof(row));
        }

        for (int i = 0; i < row.Length; i++)
        {
            var column = Columns[i];
            if (row[i].Type is { } type ? type != column.Type : !column.Nullable)
            {
                throw new ArgumentException($"column '{column.Name}' of table '{Name}' holds {Describe(column)} cells, found {row[i].Type?.ToString() ?? "null"}", nameof(row));
            }
        }

        cells.AddRange(row);
    }

    private static string Describe(OutputColumn column) => column.Nullable ? $"{column.Type} or null" : $"{column.Type}";
}
