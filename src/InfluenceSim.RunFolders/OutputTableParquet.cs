using Parquet;
using Parquet.Schema;

namespace InfluenceSim.RunFolders;

/// <summary>The Parquet file of an output table: the same columns in the same order, integers as INT64, doubles as DOUBLE, texts as UTF-8 strings, optional where nullable.</summary>
public static class OutputTableParquet
{
    /// <summary>
    /// The most rows in one row group; a table with more is split into several, an empty table has none. Rows are
    /// gathered one row group at a time and written before the next is read, so this bounds the memory a table needs.
    /// </summary>
    public const int RowGroupRows = 1 << 16;

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

    /// <summary>Writes the table to <paramref name="stream"/>, which must be writable and seekable, one row group of at most <see cref="RowGroupRows"/> rows at a time.</summary>
    public static async Task WriteAsync(OutputTable table, Stream stream, CancellationToken cancellationToken = default)
    {
        var schema = Schema(table);
        var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var columns = Array.ConvertAll(schema.DataFields, _ => new List<Cell>());
            foreach (var row in table.Rows)
            {
                for (int column = 0; column < row.Length; column++)
                {
                    columns[column].Add(row[column]);
                }

                if (columns[0].Count == RowGroupRows)
                {
                    await WriteRowGroupAsync(writer, table, schema, columns, cancellationToken).ConfigureAwait(false);
                }
            }

            if (columns[0].Count > 0)
            {
                await WriteRowGroupAsync(writer, table, schema, columns, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes the gathered rows, column by column, as one row group, and empties the columns for the next.</summary>
    private static async Task WriteRowGroupAsync(ParquetWriter writer, OutputTable table, ParquetSchema schema, List<Cell>[] columns, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        for (int column = 0; column < columns.Length; column++)
        {
            await WriteColumnAsync(group, schema.DataFields[column], table.Columns[column].Type, columns[column], cancellationToken).ConfigureAwait(false);
            columns[column].Clear();
        }

        group.CompleteValidate();
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

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, ColumnType type, List<Cell> cells, CancellationToken cancellationToken) =>
        (type, field.IsNullable) switch
        {
            (ColumnType.Integer, false) => group.WriteAsync<long>(field, Values(cells, c => c.Integer), cancellationToken: cancellationToken),
            (ColumnType.Integer, true) => group.WriteAsync<long>(field, Values(cells, c => c.IsNull ? null : (long?)c.Integer), cancellationToken: cancellationToken),
            (ColumnType.Real, false) => group.WriteAsync<double>(field, Values(cells, c => c.Real), cancellationToken: cancellationToken),
            (ColumnType.Real, true) => group.WriteAsync<double>(field, Values(cells, c => c.IsNull ? null : (double?)c.Real), cancellationToken: cancellationToken),
            _ => group.WriteAsync(field, Values(cells, c => c.IsNull ? null : c.Text)),
        };

    private static T[] Values<T>(List<Cell> cells, Func<Cell, T> value)
    {
        var values = new T[cells.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = value(cells[i]);
        }

        return values;
    }
}
