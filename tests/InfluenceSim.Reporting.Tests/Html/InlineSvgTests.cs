using InfluenceSim.Reporting.Html;

namespace InfluenceSim.Reporting.Tests.Html;

public sealed class InlineSvgTests
{
    private const string Svg = """
        <?xml version="1.0" encoding="utf-8" ?>
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="20">
        <clipPath id="cl_1"><rect width="5" height="5"/></clipPath>
        <g clip-path="url(#cl_1)"><use href="#cl_1"/></g>
        </svg>
        """;

    [Fact]
    public void The_declaration_goes_and_the_root_scales_and_is_labelled()
    {
        string inline = InlineSvg.Prepare(Svg, "chart", "A & B", 10, 20);

        Assert.StartsWith("<svg viewBox=\"0 0 10 20\" role=\"img\" aria-label=\"A &amp; B\" xmlns=", inline, StringComparison.Ordinal);
    }

    [Fact]
    public void Internal_ids_are_prefixed_with_the_chart_id()
    {
        string inline = InlineSvg.Prepare(Svg, "chart", "t", 10, 20);

        Assert.Contains("id=\"chart-cl_1\"", inline, StringComparison.Ordinal);
        Assert.Contains("url(#chart-cl_1)", inline, StringComparison.Ordinal);
        Assert.Contains("href=\"#chart-cl_1\"", inline, StringComparison.Ordinal);
        Assert.DoesNotContain("\"cl_1\"", inline, StringComparison.Ordinal);
    }
}
