using Parquet;
using Parquet.Schema;

namespace InfluenceSim.RunFolders;

/// <summary>The Parquet file of an output table: the same columns in the same order, integers as INT64, doubles as DOUBLE, texts as UTF-8 strings, optional where nullable.</summary>
public static class OutputTableParquet
{
    /// <summary>The most rows in one row group; a table with more is split into several, an empty table has none.</summary>
    public const int RowGroupRows = 1 << 20;

    /// <summary>The Parquet schema of a table.</summary>
    /// <exception cref="ArgumentException">Two columns have the same name, which Parquet cannot hold.</exception>
    public static ParquetSchema Schema(OutputTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"table '{table.Name}' has two columns named '{twice.Key}', which Parquet cannot hold", nameof(table));
        }

        return new ParquetSchema([.. table.Columns.Select(Field)]);
    }

    /// <summary>Writes the table to <paramref name="stream"/>, which must be writable and seekable.</summary>
    public static async Task WriteAsync(OutputTable table, Stream stream, CancellationToken cancellationToken = default)
    {
        var schema = Schema(table);
        var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            for (int start = 0; start < table.RowCount; start += RowGroupRows)
            {
                int count = Math.Min(RowGroupRows, table.RowCount - start);
                using var group = writer.CreateRowGroup();
                for (int column = 0; column < table.Columns.Count; column++)
                {
                    var cells = new Cell[count];
                    for (int row = 0; row < count; row++)
                    {
                        cells[row] = table[start + row, column];
                    }

                    await WriteColumnAsync(group, schema.DataFields[column], table.Columns[column].Type, cells, cancellationToken).ConfigureAwait(false);
                }

                group.CompleteValidate();
            }
        }
    }

    private static DataField Field(OutputColumn column) => new(
        column.Name,
        column.Type switch
        {
            ColumnType.Integer => typeof(long),
            ColumnType.Real => typeof(double),
            _ => typeof(string),
        },
        isNullable: column.Nullable);

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, ColumnType type, Cell[] cells, CancellationToken cancellationToken) =>
        (type, field.IsNullable) switch
        {
            (ColumnType.Integer, false) => group.WriteAsync<long>(field, Array.ConvertAll(cells, c => c.Integer), cancellationToken: cancellationToken),
            (ColumnType.Integer, true) => group.WriteAsync<long>(field, Array.ConvertAll(cells, c => c.IsNull ? null : (long?)c.Integer), cancellationToken: cancellationToken),
            (ColumnType.Real, false) => group.WriteAsync<double>(field, Array.ConvertAll(cells, c => c.Real), cancellationToken: cancellationToken),
            (ColumnType.Real, true) => group.WriteAsync<double>(field, Array.ConvertAll(cells, c => c.IsNull ? null : (double?)c.Real), cancellationToken: cancellationToken),
            _ => group.WriteAsync(field, Array.ConvertAll(cells, c => c.IsNull ? null : c.Text)),
        };
}
