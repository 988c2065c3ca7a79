namespace InfluenceSim.Models.Agents;

/// <summary>Lookups in a node's mail of one step (letters ordered by kind, then sender).</summary>
public static class Letters
{
    /// <summary>The index of the first letter of <paramref name="kind"/> (its lowest sender), or -1.</summary>
    public static int FirstOfKind(this ReadOnlySpan<Letter> letters, int kind)
    {
        for (int i = 0; i < letters.Length; i++)
        {
            if (letters[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }
}
