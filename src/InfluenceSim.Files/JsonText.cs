using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfluenceSim.Files;

/// <summary>How the tool spells JSON, in the run folder's files and in the report: indented by two spaces, LF line endings, no needless escapes.</summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The text of <paramref name="node"/> as a JSON file or a command's JSON output holds it: <see cref="Pretty"/> and a final newline.</summary>
    public static string Format(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Pretty(node) + "\n";
    }

    /// <summary>The text of <paramref name="node"/> as the report shows it (the page escapes it for HTML), <c>null</c> for a missing node.</summary>
    public static string Pretty(JsonNode? node) => node is null ? "null" : node.ToJsonString(Options);
}
