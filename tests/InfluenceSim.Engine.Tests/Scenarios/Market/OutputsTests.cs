using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Scenarios.Market;

/// <summary>The outputs: list and events-cap: the interaction stream switched on, capped, or refused with its line.</summary>
public sealed class OutputsTests
{
    [Fact]
    public void Without_outputs_the_interaction_stream_is_off()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade);

        Assert.Same(EventsOptions.Off, scenario.Events);
        Assert.Null(scenario.Resolved["outputs"]);
        Assert.Null(scenario.Resolved["events-cap"]);
    }

    [Fact]
    public void Nodes_turn_the_per_node_table_on_beside_events()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + "outputs: [nodes, events]\n");

        Assert.True(scenario.RecordNodes);
        Assert.True(scenario.Events.Enabled);
        Assert.Equal("""["events","nodes"]""", scenario.Resolved["outputs"]!.ToJsonString());
        Assert.False(ScenarioText.Parse(MarketText.Cascade + "outputs: [events]\n").RecordNodes);
    }

    [Fact]
    public void Events_take_the_default_cap()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + "outputs: [events]\n");

        Assert.Equal(new EventsOptions(true, 1_000_000), scenario.Events);
        Assert.Equal("""["events"]""", scenario.Resolved["outputs"]!.ToJsonString());
        Assert.Equal("1000000", scenario.Resolved["events-cap"]!.ToJsonString());
    }

    [Fact]
    public void Events_cap_sets_the_cap()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + "outputs:\n  - events\nevents-cap: 100000000\n");

        Assert.Equal(new EventsOptions(true, 100_000_000), scenario.Events);
    }

    [Fact]
    public void An_empty_list_records_nothing()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + "outputs: []\n");

        Assert.False(scenario.Events.Enabled);
        Assert.Equal("[]", scenario.Resolved["outputs"]!.ToJsonString());
    }

    [Theory]
    [InlineData("outputs: events", "s.yaml:4:10: 'outputs' must be a list of outputs (events, nodes), found 'events'")]
    [InlineData("outputs: [event]", "s.yaml:4:11: 'outputs[0]' must be one of events, nodes, found 'event'; did you mean 'events'?")]
    [InlineData("outputs: [events, events]", "s.yaml:4:19: 'outputs[1]' repeats output events")]
    [InlineData("outputs: [events]\nevents-cap: 0", "s.yaml:5:13: 'events-cap' must be an integer from 1 to 100000000, found 0")]
    [InlineData("outputs: [events]\nevents-cap: 100000001", "s.yaml:5:13: 'events-cap' must be an integer from 1 to 100000000, found 100000001")]
    [InlineData("events-cap: 10", "s.yaml:4:1: 'events-cap' caps the interaction stream, which is recorded only with 'outputs: [events]'")]
    [InlineData("outputs: []\nevents-cap: 10", "s.yaml:5:1: 'events-cap' caps the interaction stream, which is recorded only with 'outputs: [events]'")]
    public void Bad_outputs_are_refused_at_their_place(string block, string expected) =>
        Assert.Equal([expected], ScenarioText.Problems(MarketText.Cascade + block + "\n"));
}
