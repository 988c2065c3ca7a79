namespace InfluenceSim.Engine.Scenarios.Validation;

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

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
