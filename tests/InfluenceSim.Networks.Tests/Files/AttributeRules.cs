using System.Globalization;
using InfluenceSim.Networks.Files;

namespace InfluenceSim.Networks.Tests.Files;

/// <summary>Two node attributes for the reader tests: <c>credibility</c> (a number from 0 to 1) and <c>segment</c> (fans or sceptics).</summary>
internal static class AttributeRules
{
    public static IReadOnlyList<NodeAttributeRule> Both { get; } =
    [
        new("credibility", "a number from 0 to 1", text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v is >= 0 and <= 1),
        new("segment", "a segment (fans, sceptics)", text => text is "fans" or "sceptics"),
    ];
}
