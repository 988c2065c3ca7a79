using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfluenceSim.Reporting.Html;

/// <summary>JSON shown in the report: indented, characters left readable (the page escapes them for HTML).</summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Pretty(JsonNode? node) => node is null ? "null" : node.ToJsonString(Options);
}
