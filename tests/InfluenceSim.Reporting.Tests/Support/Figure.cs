namespace InfluenceSim.Reporting.Tests.Support;

/// <summary>One chart figure of a report page: its id, title, inline SVG and the series its hidden list names (label, <c>#rrggbb</c>).</summary>
public sealed record Figure(string Id, string Title, string Svg, IReadOnlyList<(string Label, string Colour)> Series);
