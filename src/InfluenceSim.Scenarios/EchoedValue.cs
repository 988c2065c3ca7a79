namespace InfluenceSim.Scenarios;

/// <summary>How a value the user typed (an option's argument) is echoed in a message: at most its first <see cref="MaxLength"/> characters (docs/safety.md).</summary>
public static class EchoedValue
{
    /// <summary>The most characters of a value a message quotes; a longer value is cut and ends in <c>...</c>.</summary>
    public const int MaxLength = 60;

    /// <summary><paramref name="value"/>, or its first <see cref="MaxLength"/> characters and <c>...</c> when it is longer.</summary>
    public static string Shorten(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= MaxLength)
        {
            return value;
        }

        int length = char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(value.AsSpan(0, length), "...");
    }

    /// <summary><paramref name="value"/> shortened and in single quotes.</summary>
    public static string Quote(string value) => $"'{Shorten(value)}'";
}
