using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace InfluenceSim.Files;

/// <summary>
/// Reads a run folder's Parquet table (docs/parquet.md) as the text of its CSV twin, so that one reader serves both:
/// an integer in plain invariant digits, a double in its shortest round-trip form, a text as it is (as the CSV reader
/// gives it once the formula guard is removed, see <see cref="CsvRecords"/>), a null as an empty field. Each row is given
/// the line it starts on in the CSV twin: 2 for the first, and each row after the previous one's line plus its
/// line breaks (a text holding one is written quoted, on several lines).
/// </summary>
public static class ParquetTableText
{
    /// <summary>
    /// The Parquet twin of a run folder's CSV table (<c>runs.parquet</c> for <c>runs.csv</c>) when the CSV file is
    /// missing and the twin is there, as in a run written with <c>--format parquet</c>; else null (read the CSV file).
    /// </summary>
    public static string? TwinOf(string csvPath)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        string twin = System.IO.Path.ChangeExtension(csvPath, ".parquet");
        return !File.Exists(csvPath) && File.Exists(twin) ? twin : null;
    }

    /// <summary>The table of the Parquet file at <paramref name="path"/>, which must be a regular file.</summary>
    /// <exception cref="IOException">It is not a regular file, cannot be read or is not a Parquet file of the tool's types; the message names it.</exception>
    public static TableText Read(string path)
    {
        if (RegularFile.Problem(path) is { } problem)
        {
            throw new IOException(problem);
        }

        try
        {
            return Task.Run(() => ReadAsync(path)).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new IOException($"cannot read '{path}' as a Parquet table: {e.Message}", e);
        }
    }

    private static async Task<TableText> ReadAsync(string path)
    {
        var reader = await ParquetReader.CreateAsync(path).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var fields = reader.Schema.DataFields;
            int[] textColumns = [.. Enumerable.Range(0, fields.Length).Where(c => !IsNumber(fields[c]))];
            var rows = new List<(int Line, string[] Fields)>();
            int line = 2;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                int count = checked((int)group.RowCount);
                var columns = new string[fields.Length][];
                for (int c = 0; c < fields.Length; c++)
                {
                    columns[c] = await ReadColumnAsync(group, fields[c], count).ConfigureAwait(false);
                }

                for (int r = 0; r < count; r++)
                {
                    string[] row = [.. columns.Select(column => column[r])];
                    rows.Add((line, row));
                    line += 1 + textColumns.Sum(c => row[c].AsSpan().Count('\n'));
                }
            }

            return new TableText(path, [.. fields.Select(f => f.Name)], rows);
        }
    }

    /// <summary>Whether <paramref name="field"/> holds numbers, which never span lines; any other column holds texts.</summary>
    private static bool IsNumber(DataField field) => field.ClrType == typeof(long) || field.ClrType == typeof(double);

    private static async Task<string[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        if (field.ClrType == typeof(long))
        {
            return await ReadNumbersAsync<long>(group, field, count, v => v.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        }

        if (field.ClrType == typeof(double))
        {
            return await ReadNumbersAsync<double>(group, field, count, v => v.ToString("R", CultureInfo.InvariantCulture)).ConfigureAwait(false);
        }

        var texts = new string?[count];
        await group.ReadAsync(field, texts).ConfigureAwait(false);
        return [.. texts.Select(t => t ?? "")];
    }

    /// <summary>
    /// A numeric column's values spelled by <paramref name="spell"/>, a null as an empty field. A required column is read
    /// into non-nullable values: Parquet.Net 6.1 can give spurious nulls when one is read into nullable ones.
    /// </summary>
    private static async Task<string[]> ReadNumbersAsync<T>(ParquetRowGroupReader group, DataField field, int count, Func<T, string> spell)
        where T : struct
    {
        if (field.IsNullable)
        {
            var values = new T?[count];
            await group.ReadAsync<T>(field, values).ConfigureAwait(false);
            return [.. values.Select(v => v is { } value ? spell(value) : "")];
        }

        var required = new T[count];
        await group.ReadAsync<T>(field, required).ConfigureAwait(false);
        return [.. required.Select(spell)];
    }
}
