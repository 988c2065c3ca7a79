using System.Net;
using System.Text.RegularExpressions;

namespace InfluenceSim.Reporting.Tests.Support;

/// <summary>Reads a report page (as written, or as a browser serialises its DOM): its title, its charts, and anything it would fetch.</summary>
public static partial class PageInspection
{
    /// <summary>How many times <paramref name="fragment"/> occurs in <paramref name="html"/>.</summary>
    public static int Count(string html, string fragment) => Regex.Count(html, Regex.Escape(fragment));

    /// <summary>The text of the page's <c>title</c> element, decoded.</summary>
    public static string Title(string html) => WebUtility.HtmlDecode(TitleElement().Match(html).Groups[1].Value);

    /// <summary>The title (<c>h2</c>) of each chart figure, in page order, decoded.</summary>
    public static IReadOnlyList<string> ChartTitles(string html) =>
        [.. ChartHeading().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>Every <c>src</c> or <c>href</c> that points off the page to the network (<c>http:</c>, <c>https:</c> or <c>//host</c>).</summary>
    public static IReadOnlyList<string> NetworkReferences(string html) => [.. NetworkReference().Matches(html).Select(m => m.Value)];

    /// <summary>Each chart figure in page order: its id, title, inline SVG markup, and its series (label and colour) from its hidden list.</summary>
    public static IReadOnlyList<Figure> Figures(string html) =>
        [.. FigureElement().Matches(html).Select(m => new Figure(
            m.Groups["id"].Value,
            WebUtility.HtmlDecode(m.Groups["title"].Value),
            SvgElement().Match(m.Value).Value,
            [.. SeriesItem().Matches(m.Value).Select(i => (WebUtility.HtmlDecode(i.Groups["label"].Value), i.Groups["colour"].Value))]))];

    [GeneratedRegex("<figure class=\"chart\" id=\"(?<id>[^\"]+)\">\\s*<h2>(?<title>.*?)</h2>.*?</figure>", RegexOptions.Singleline)]
    private static partial Regex FigureElement();

    [GeneratedRegex("<svg .*</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();

    [GeneratedRegex("<li data-colour=\"(?<colour>#[0-9a-f]{6})\">(?<label>.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex SeriesItem();

    [GeneratedRegex(@"<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex("<figure class=\"chart\" id=\"[^\"]+\">\\s*<h2>(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex ChartHeading();

    [GeneratedRegex(@"\b(?:src|href|xlink:href)\s*=\s*[""']?\s*(?:https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex NetworkReference();
}
