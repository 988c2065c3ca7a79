using System.Text;

namespace InfluenceSim.RunFolders;

/// <summary>An output table as CSV text: the header line of column names, then one line per row (see <see cref="CsvFormat"/>); and back.</summary>
public static class OutputTableCsv
{
    /// <summary>The table's CSV text.</summary>
    public static string Format(OutputTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        var fields = new string[table.Columns.Count];
        for (int column = 0; column < fields.Length; column++)
        {
            fields[column] = table.Columns[column].Name;
        }

        CsvFormat.AppendLine(text, fields);
        for (int row = 0; row < table.RowCount; row++)
        {
            for (int column = 0; column < fields.Length; column++)
            {
                fields[column] = table[row, column].ToCsv();
            }

            CsvFormat.AppendLine(text, fields);
        }

        return text.ToString();
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
        var table = new OutputTable(name, columns);
        foreach (string[] row in rows)
        {
            table.Add([.. row.Select((field, i) => Cell.Parse(field, columns[i].Type))]);
        }

        return table;
    }
}
