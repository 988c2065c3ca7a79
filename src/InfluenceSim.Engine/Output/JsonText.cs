using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfluenceSim.Engine.Output;

/// <summary>How the run folder's JSON files are spelled: indented by two spaces, LF line endings, a final newline, no needless escapes.</summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The text of <paramref name="node"/> as a JSON file or a command's JSON output holds it.</summary>
    public static string Format(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Options) + "\n";
    }
}
