using System.Net;
using System.Text.RegularExpressions;

namespace InfluenceSim.Reporting.Html;

/// <summary>
/// Makes a chart's SVG document fit inside an HTML page: drops the XML declaration, scales with
/// the page (a <c>viewBox</c>), names the figure for screen readers, and prefixes its internal ids
/// (clip paths) with the chart's id so that several charts on one page cannot collide.
/// </summary>
public static partial class InlineSvg
{
    public static string Prepare(string svg, string chartId, string title, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(svg);
        string body = XmlDeclaration().Replace(svg, "", 1).Trim();
        body = IdAttribute().Replace(body, m => $"id=\"{chartId}-{m.Groups[1].Value}\"");
        body = UrlReference().Replace(body, m => $"url(#{chartId}-{m.Groups[1].Value})");
        body = HrefReference().Replace(body, m => $"{m.Groups[1].Value}=\"#{chartId}-{m.Groups[2].Value}\"");
        return SvgStart().Replace(
            body,
            $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" ",
            1);
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("\\b((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();

    [GeneratedRegex(@"<svg\s")]
    private static partial Regex SvgStart();
}
