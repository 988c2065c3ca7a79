using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfluenceSim.Engine.Output;

/// <summary>How the run folder's JSON files are spelled: indented by two spaces, LF line endings, a final newline, no needless escapes.</summary>
internal static class JsonText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(JsonNode node) => node.ToJsonString(Options) + "\n";
}
