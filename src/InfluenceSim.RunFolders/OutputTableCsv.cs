using System.Text;

namespace InfluenceSim.RunFolders;

/// <summary>An output table as CSV text: the header line of column names, then one line per row (see <see cref="CsvFormat"/>); and back.</summary>
public static class OutputTableCsv
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The table's CSV text.</summary>
    public static string Format(OutputTable table)
    {
        using var text = new StringWriter();
        Write(table, text);
        return text.ToString();
    }

    /// <summary>Writes the table's CSV text to <paramref name="stream"/> as UTF-8 without a byte-order mark, row by row as the table produces them.</summary>
    public static async Task WriteAsync(OutputTable table, Stream stream, CancellationToken cancellationToken = default)
    {
        var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            Write(table, writer, cancellationToken);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the table's CSV text to <paramref name="writer"/>, row by row as the table produces them.</summary>
    public static void Write(OutputTable table, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        var fields = new string[table.Columns.Count];
        for (int column = 0; column < fields.Length; column++)
        {
            fields[column] = CsvFormat.Text(table.Columns[column].Name);
        }

        CsvFormat.WriteLine(writer, fields);
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int column = 0; column < fields.Length; column++)
            {
                fields[column] = row[column].ToCsv();
            }

            CsvFormat.WriteLine(writer, fields);
        }
    }

    /// <summary>
    /// Reads CSV text (a header line, then one line per row; LF or CRLF line ends; RFC 4180 quotes) as a table named
    /// <paramref name="name"/>, each column typed by its values (<see cref="OutputColumn.Infer"/>).
    /// Formatting the result gives the text back when it was written as <see cref="Format"/> writes.
    /// </summary>
    /// <exception cref="FormatException">There is no header line, a row has another number of fields, or a quote is not closed.</exception>
    public static OutputTable Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = CsvRecords.Read(text).ConvertAll(r => r.Fields);
        if (records.Count == 0)
        {
            throw new FormatException($"{name}: no header line");
        }

        string[] header = records[0];
        var rows = records.GetRange(1, records.Count - 1);
        if (rows.FindIndex(r => r.Length != header.Length) is var bad and >= 0)
        {
            throw new FormatException($"{name}: line {bad + 2} has {rows[bad].Length} fields, the header {header.Length}");
        }

        var columns = header.Select((column, i) => OutputColumn.Infer(column, [.. rows.Select(r => r[i])])).ToArray();
        return new OutputTable(name, columns, rows.ConvertAll(row => row.Select((field, i) => Cell.Parse(field, columns[i].Type)).ToArray()));
    }
}
