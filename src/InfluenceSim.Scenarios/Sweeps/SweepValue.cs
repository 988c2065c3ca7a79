using System.Text.Json;
using System.Text.Json.Nodes;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Sweeps;

/// <summary>
/// A swept value as text and as JSON. Any scenario value can be swept: a scalar keeps its text (<c>0.05</c>,
/// <c>top-degree</c>); a list or mapping (a distribution such as <c>{ uniform: [0.1, 0.3] }</c>) is written as a
/// YAML flow value, which is what <c>--set</c> takes and what the tables' key column holds.
/// </summary>
public static class SweepValue
{
    /// <summary>The value's text: a scalar's own text, a list or mapping as a YAML flow value (<c>{uniform: [0.1, 0.3]}</c>).</summary>
    internal static string Text(ScenarioNode node) => node switch
    {
        ScalarNode scalar => scalar.Value,
        _ => Flow(node),
    };

    /// <summary>
    /// The value as <c>summary.json</c> and the resolved scenario record it: a number stays a number (<c>0.05</c>,
    /// not <c>"0.05"</c>), a boolean a boolean, a list or mapping JSON of the same shape, anything else a string.
    /// </summary>
    public static JsonNode? Json(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new ProblemList();
        return TreeReader.TryRead(text, "sweep", 0, problems, out var node) && node is not null ? Json(node) : JsonValue.Create(text);
    }

    private static JsonNode? Json(ScenarioNode node) => node switch
    {
        ScalarNode { IsNull: true } => null,
        ScalarNode scalar when scalar.TryGetInteger(out long integer) => JsonValue.Create(integer),
        ScalarNode scalar when scalar.TryGetNumber(out double number) => JsonValue.Create(number),
        ScalarNode scalar when scalar.TryGetBoolean(out bool flag) => JsonValue.Create(flag),
        ScalarNode scalar => JsonValue.Create(scalar.Value),
        SequenceNode list => new JsonArray([.. list.Items.Select(Json)]),
        MappingNode mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Json(e.Value)))),
        _ => JsonValue.Create(Text(node)),
    };

    private static string Flow(ScenarioNode node) => node switch
    {
        ScalarNode { IsPlain: true } scalar => scalar.Value,
        ScalarNode scalar => JsonSerializer.Serialize(scalar.Value),
        SequenceNode list => $"[{string.Join(", ", list.Items.Select(Flow))}]",
        MappingNode mapping => $"{{{string.Join(", ", mapping.Entries.Select(e => $"{Flow(e.Key)}: {Flow(e.Value)}"))}}}",
        _ => node.Describe(),
    };
}
