namespace InfluenceSim.RunFolders;

/// <summary>
/// Writes a table's files into a folder as a <see cref="TableFormat"/> says, each one atomically: <c>NAME.csv</c>,
/// <c>NAME.parquet</c> or both. Each file streams the table's rows as they are produced (<see cref="OutputTable.Rows"/>).
/// </summary>
public static class TableFiles
{
    /// <summary>Writes a table as <c>NAME.csv</c>, <c>NAME.parquet</c> or both.</summary>
    public static async Task WriteAsync(string folder, OutputTable table, TableFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (format.WritesCsv())
        {
            await AtomicFile.WriteAsync(
                Path.Combine(folder, table.CsvFile),
                (stream, cancellation) => OutputTableCsv.WriteAsync(table, stream, cancellation),
                cancellationToken).ConfigureAwait(false);
        }

        if (format.WritesParquet())
        {
            await WriteParquetAsync(folder, table, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes a file given as text. One named <c>NAME.csv</c> is a table: written as <c>NAME.csv</c> (this text),
    /// <c>NAME.parquet</c> (typed by its values, <see cref="OutputTableCsv.Parse"/>) or both. Any other file is written as it is.
    /// </summary>
    public static async Task WriteAsync(string folder, string name, string text, TableFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool table = name.EndsWith(OutputTable.CsvExtension, StringComparison.Ordinal);
        if (!table || format.WritesCsv())
        {
            await AtomicFile.WriteAllTextAsync(Path.Combine(folder, name), text, cancellationToken).ConfigureAwait(false);
        }

        if (table && format.WritesParquet())
        {
            await WriteParquetAsync(folder, OutputTableCsv.Parse(name[..^OutputTable.CsvExtension.Length], text), cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task WriteParquetAsync(string folder, OutputTable table, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(
            Path.Combine(folder, table.ParquetFile),
            (stream, cancellation) => OutputTableParquet.WriteAsync(table, stream, cancellation),
            cancellationToken);
}
