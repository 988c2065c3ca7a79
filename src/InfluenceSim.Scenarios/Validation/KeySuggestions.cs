namespace InfluenceSim.Scenarios.Validation;

/// <summary>Finds the known key or value a misspelt one most likely meant.</summary>
internal static class KeySuggestions
{
    /// <summary>The candidate closest to <paramref name="written"/>, or null when none is close.</summary>
    public static string? Nearest(string written, IEnumerable<string> candidates)
    {
        string normal = Normalise(written);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = Normalise(candidate) == normal ? 0 : Distance(written.ToLowerInvariant(), candidate);
            if (distance < bestDistance && distance <= Tolerance(candidate))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary><c>; did you mean 'x'?</c> when a candidate is close, else <c> (expected one of: a, b)</c>.</summary>
    public static string Hint(string written, IReadOnlyCollection<string> candidates)
    {
        string? nearest = Nearest(written, candidates);
        return nearest is null ? $" (expected one of: {string.Join(", ", candidates)})" : $"; did you mean '{nearest}'?";
    }

    private static int Tolerance(string candidate) => candidate.Length switch
    {
        <= 2 => 0,
        <= 5 => 1,
        _ => 2,
    };

    private static string Normalise(string key) =>
        new([.. key.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>Edit distance counting an insertion, a deletion, a substitution or a swap of neighbours as one edit.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
