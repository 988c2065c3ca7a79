using System.Text;
using InfluenceSim.Files;

namespace InfluenceSim.Reporting.Data;

/// <summary>
/// Splits one CSV line into its fields: comma-separated, a field may be quoted with <c>"</c> and a quote doubled inside
/// it; a field's formula guard is removed (<see cref="CsvCell.Unguard"/>).
/// </summary>
public static class CsvFields
{
    public static IReadOnlyList<string> Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(CsvCell.Unguard(field.ToString()));
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(CsvCell.Unguard(field.ToString()));
        return fields;
    }
}
