namespace InfluenceSim.Engine.Output;

/// <summary>Writes a table's files into a folder as its <see cref="TableFormat"/> says, each one atomically: <c>NAME.csv</c>, <c>NAME.parquet</c> or both.</summary>
public static class TableFiles
{
    public static async Task WriteAsync(string folder, OutputTable table, TableFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (format.WritesCsv())
        {
            await AtomicFile.WriteAllTextAsync(Path.Combine(folder, table.CsvFile), OutputTableCsv.Format(table), cancellationToken).ConfigureAwait(false);
        }

        if (format.WritesParquet())
        {
            await AtomicBinaryFile.WriteAsync(
                Path.Combine(folder, table.ParquetFile),
                (stream, cancellation) => OutputTableParquet.WriteAsync(table, stream, cancellation),
                cancellationToken).ConfigureAwait(false);
        }
    }
}
