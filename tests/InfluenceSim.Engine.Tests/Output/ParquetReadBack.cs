using Parquet;
using Parquet.Schema;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>A Parquet file read back with Parquet.Net: its fields and its rows (long, double, string or null per cell).</summary>
internal sealed record ParquetReadBack(IReadOnlyList<DataField> Fields, IReadOnlyList<object?[]> Rows, int RowGroups)
{
    /// <summary>Each column's name, physical type and whether it is optional.</summary>
    public IEnumerable<(string Name, Parquet.Meta.Type Type, bool Nullable)> Schema =>
        Fields.Select(f => (f.Name, f.SchemaElement?.Type ?? throw new InvalidDataException($"{f.Name} has no physical type"), f.IsNullable));

    public static async Task<ParquetReadBack> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken);
        await using (reader)
        {
            var fields = reader.Schema.DataFields;
            var rows = new List<object?[]>();
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                int count = checked((int)group.RowCount);
                var columns = new object?[fields.Length][];
                for (int c = 0; c < fields.Length; c++)
                {
                    columns[c] = await ReadColumnAsync(group, fields[c], count, cancellationToken);
                }

                rows.AddRange(Enumerable.Range(0, count).Select(r => columns.Select(column => column[r]).ToArray()));
            }

            return new ParquetReadBack(fields, rows, reader.RowGroupCount);
        }
    }

    private static async Task<object?[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
    {
        if (field.ClrType == typeof(long))
        {
            return await ReadNumbersAsync<long>(group, field, count, cancellationToken);
        }

        if (field.ClrType == typeof(double))
        {
            return await ReadNumbersAsync<double>(group, field, count, cancellationToken);
        }

        var texts = new string[count];
        await group.ReadAsync(field, texts, cancellationToken: cancellationToken);
        return texts;
    }

    /// <summary>A numeric column's values; a required one read into non-nullable values, as the tool's reader does (<see cref="Files.ParquetTableText"/>).</summary>
    private static async Task<object?[]> ReadNumbersAsync<T>(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
        where T : struct
    {
        if (field.IsNullable)
        {
            var values = new T?[count];
            await group.ReadAsync<T>(field, values, cancellationToken: cancellationToken);
            return [.. values.Select(v => (object?)v)];
        }

        var required = new T[count];
        await group.ReadAsync<T>(field, required, cancellationToken: cancellationToken);
        return [.. required.Select(v => (object?)v)];
    }
}
