namespace InfluenceSim.Reporting.Charts;

/// <summary>How a scenario key or a table column reads on an axis: words, not identifiers.</summary>
public static class AxisText
{
    /// <summary>
    /// <paramref name="name"/> in words: dots, hyphens and underscores become spaces (<c>model.probability</c> reads
    /// <c>model probability</c>, <c>network.mean-degree</c> reads <c>network mean degree</c>).
    /// </summary>
    public static string Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.Split(['.', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
    }
}
