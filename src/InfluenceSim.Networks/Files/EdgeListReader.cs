namespace InfluenceSim.Networks.Files;

/// <summary>
/// Reads an edge list: one tie per line, <c>source target [weight]</c>, separated by a tab, a comma
/// or spaces; blank lines and lines starting with '#' are skipped, and so is a first line whose
/// first two fields are "source" and "target" (a header). Labels are numbered in order of first
/// appearance; the weight defaults to 1.
/// </summary>
public static class EdgeListReader
{
    /// <summary>Reads the ties of <paramref name="reader"/>; <paramref name="sourceName"/> names it in errors; <paramref name="weightsAreProbabilities"/> refuses a weight above 1.</summary>
    public static Network Read(TextReader reader, string sourceName, bool directed = false, bool weightsAreProbabilities = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new BoundedLineReader(reader, sourceName);
        var ties = new TieCollector(sourceName, directed, weightsAreProbabilities);
        var fields = new List<EdgeListField>(3);
        bool first = true;
        while (lines.ReadLine() is { } line)
        {
            if (EdgeListLine.IsBlankOrComment(line))
            {
                continue;
            }

            int number = lines.LineNumber;
            EdgeListLine.Split(line, fields, sourceName, number);
            bool header = first && IsHeader(fields);
            first = false;
            if (!header)
            {
                AddTie(ties, fields, sourceName, number);
            }
        }

        if (ties.NodeCount == 0)
        {
            throw new NetworkFileException(sourceName, 0, 0, "expected at least one tie, found none");
        }

        return ties.Build();
    }

    private static void AddTie(TieCollector ties, List<EdgeListField> fields, string sourceName, int line)
    {
        if (fields.Count < 2)
        {
            throw new NetworkFileException(sourceName, line, fields[0].Column, $"expected 'source target [weight]', found one field '{fields[0].Text}'");
        }

        if (fields.Count > 3)
        {
            throw new NetworkFileException(sourceName, line, fields[3].Column, $"expected 'source target [weight]', found {fields.Count} fields");
        }

        int source = ties.IdOf(fields[0].Text, line, fields[0].Column);
        int target = ties.IdOf(fields[1].Text, line, fields[1].Column);
        double weight = fields.Count == 3 ? WeightText.Parse(fields[2].Text, sourceName, line, fields[2].Column) : 1.0;
        ties.AddTie(source, target, weight, line, fields[0].Column);
    }

    private static bool IsHeader(List<EdgeListField> fields) =>
        fields.Count >= 2
        && string.Equals(fields[0].Text, "source", StringComparison.OrdinalIgnoreCase)
        && string.Equals(fields[1].Text, "target", StringComparison.OrdinalIgnoreCase);
}
