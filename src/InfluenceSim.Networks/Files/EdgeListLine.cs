using System.Text;
using InfluenceSim.Files;

namespace InfluenceSim.Networks.Files;

/// <summary>
/// Splits one edge-list line into fields. The separator is chosen per line: a tab if the line has
/// one outside quotes, else a comma if it has one, else runs of spaces. Fields are trimmed of
/// spaces and may be enclosed in double quotes, with "" standing for one quote inside; the <c>'</c> the tool puts
/// before a text a spreadsheet would take for a formula is removed (<see cref="CsvCell"/>).
/// </summary>
internal static class EdgeListLine
{
    /// <summary>Whether the line holds no tie: blank, or a comment starting with '#'.</summary>
    public static bool IsBlankOrComment(string line)
    {
        var trimmed = line.AsSpan().TrimStart(" \t");
        return trimmed.IsEmpty || trimmed[0] == '#';
    }

    /// <summary>Fills <paramref name="fields"/> with the line's fields.</summary>
    public static void Split(string line, List<EdgeListField> fields, string sourceName, int lineNumber)
    {
        fields.Clear();
        char separator = FindSeparator(line);
        int i = 0;
        while (true)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            if (separator == ' ' && i == line.Length)
            {
                return;
            }

            int start = i;
            string text;
            bool quoted = i < line.Length && line[i] == '"';
            if (quoted)
            {
                (text, i) = ReadQuoted(line, i, sourceName, lineNumber);
                while (i < line.Length && line[i] == ' ' && separator != ' ')
                {
                    i++;
                }

                if (i < line.Length && line[i] != separator)
                {
                    throw new NetworkFileException(sourceName, lineNumber, i + 1, $"expected a separator after the quoted field, found '{line[i]}'");
                }
            }
            else
            {
                int end = line.IndexOf(separator, i);
                end = end < 0 ? line.Length : end;
                text = line[i..end].TrimEnd(' ');
                i = end;
            }

            fields.Add(new EdgeListField(CsvCell.Unguard(text), start + 1));
            if (i == line.Length)
            {
                return;
            }

            i++;
        }
    }

    private static char FindSeparator(string line)
    {
        bool inQuotes = false;
        bool comma = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    bool escaped = i + 1 < line.Length && line[i + 1] == '"';
                    inQuotes = escaped;
                    i += escaped ? 1 : 0;
                }
            }
            else if (c == '"' && (i == 0 || line[i - 1] is ' ' or ',' or '\t'))
            {
                inQuotes = true;
            }
            else if (c == '\t')
            {
                return '\t';
            }
            else if (c == ',')
            {
                comma = true;
            }
        }

        return comma ? ',' : ' ';
    }

    private static (string Text, int Next) ReadQuoted(string line, int open, string sourceName, int lineNumber)
    {
        var text = new StringBuilder();
        int i = open + 1;
        while (i < line.Length)
        {
            if (line[i] != '"')
            {
                text.Append(line[i++]);
            }
            else if (i + 1 < line.Length && line[i + 1] == '"')
            {
                text.Append('"');
                i += 2;
            }
            else
            {
                return (text.ToString(), i + 1);
            }
        }

        throw new NetworkFileException(sourceName, lineNumber, open + 1, "expected a closing '\"' for the quote opened here, found the end of the line");
    }
}
