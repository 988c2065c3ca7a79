using System.Text.Json.Nodes;
using InfluenceSim.Files;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>The one JSON spelling of the run folder's files and the report (<see cref="JsonText"/>).</summary>
public sealed class JsonTextTests
{
    [Fact]
    public void A_file_holds_the_shown_text_indented_by_two_spaces_with_lf_line_ends_and_a_final_newline()
    {
        var node = new JsonObject { ["name"] = "café <b> & \"x\"", ["seeds"] = new JsonArray(1, 2) };

        string shown = JsonText.Pretty(node);

        Assert.Equal("{\n  \"name\": \"café <b> & \\\"x\\\"\",\n  \"seeds\": [\n    1,\n    2\n  ]\n}", shown);
        Assert.Equal(shown + "\n", JsonText.Format(node));
    }

    [Fact]
    public void A_missing_node_is_shown_as_null()
    {
        Assert.Equal("null", JsonText.Pretty(null));
    }
}
