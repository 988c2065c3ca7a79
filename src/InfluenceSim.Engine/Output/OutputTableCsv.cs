using System.Text;

namespace InfluenceSim.Engine.Output;

/// <summary>The CSV text of an output table: the header line of column names, then one line per row (see <see cref="CsvFormat"/>).</summary>
public static class OutputTableCsv
{
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
}
