using System.Globalization;
using System.Text;

namespace InfluenceSim.Files;

/// <summary>
/// Splits CSV text as the run folder writes it (comma-separated, RFC 4180 quotes, LF or CRLF) into records, each with
/// the 1-based line it starts on; a field's formula guard is removed (<see cref="CsvCell.Unguard"/>).
/// </summary>
public static class CsvRecords
{
    /// <exception cref="FormatException">A quoted field is not closed.</exception>
    public static List<(int Line, string[] Fields)> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<(int Line, string[] Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                line++;
            }

            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                fields.Add(CsvCell.Unguard(field.ToString()));
                field.Clear();
                if (c == '\n')
                {
                    records.Add((start, [.. fields]));
                    fields.Clear();
                    start = line;
                }
            }
            else if (c != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {start}: a quoted field is not closed"));
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(CsvCell.Unguard(field.ToString()));
            records.Add((start, [.. fields]));
        }

        return records;
    }
}
