using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class ManifestJsonTests
{
    private static readonly ManifestInfo Info = new(
        1,
        new DateTimeOffset(2025, 1, 31, 12, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2025, 1, 31, 13, 0, 3, TimeSpan.FromHours(1)),
        new RunTimings(0.5, 0.25, 2, 0.125));

    [Fact]
    public void Has_every_key_the_contract_names()
    {
        var manifest = ManifestJson.Build(Fixtures.Scenario(), Fixtures.TwoReplicates(), Info);

        string[] keys =
        [
            "tool", "scenario_file", "scenario_sha256", "inputs", "results_version", "scenario", "seed", "replicates", "silos", "hosting", "partitions",
            "started_utc", "ended_utc", "timings", "nodes", "edges", "grain_activations", "exposures_per_second", "machine", "status",
        ];
        Assert.Equal(keys, manifest.Select(p => p.Key));
        Assert.Equal(["name", "version"], manifest["tool"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["network_build", "activation", "propagation", "output"], manifest["timings"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["os", "cores", "dotnet"], manifest["machine"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Records_the_hosting_and_the_partitions_asked_for()
    {
        var scenario = Fixtures.Scenario() with { Engine = new EngineSpec(EngineHosting.Blocks, 7) };

        var manifest = ManifestJson.Build(scenario, Fixtures.TwoReplicates(), Info);

        Assert.Equal("blocks", manifest["hosting"]!.GetValue<string>());
        Assert.Equal(7, manifest["partitions"]!.GetValue<int>());
    }

    [Fact]
    public void Records_the_results_version_and_the_sha256_of_every_input_file()
    {
        using var root = new TempFolder();
        string edges = root.File("edges.csv");
        File.WriteAllText(edges, "a,b\n");
        var scenario = Fixtures.Scenario() with { Network = new NetworkSpec("file", Path: edges) { NodeFile = edges } };

        var manifest = ManifestJson.Build(scenario, Fixtures.TwoReplicates(), Info);

        Assert.Equal(ResultsVersion.Current, manifest["results_version"]!.GetValue<int>());
        Assert.Equal(
            """[{"path":"/scenarios/quick.yaml","sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},"""
            + $$"""{"path":"{{edges}}","sha256":"{{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("a,b\n"u8))}}"}]""",
            manifest["inputs"]!.ToJsonString());
    }

    [Fact]
    public void Records_the_inputs_recorded_when_the_run_started()
    {
        var info = Info with { Inputs = [new InputFile("/scenarios/quick.yaml", "00")] };

        var manifest = ManifestJson.Build(Fixtures.Scenario(), Fixtures.TwoReplicates(), info);

        Assert.Equal("""[{"path":"/scenarios/quick.yaml","sha256":"00"}]""", manifest["inputs"]!.ToJsonString());
    }

    [Fact]
    public void Records_the_scenario_the_run_and_the_info()
    {
        var scenario = Fixtures.Scenario();
        var manifest = ManifestJson.Build(scenario, Fixtures.TwoReplicates(), Info);

        Assert.Equal("influencesim", manifest["tool"]!["name"]!.GetValue<string>());
        Assert.Equal(
            typeof(ManifestJson).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion,
            manifest["tool"]!["version"]!.GetValue<string>());
        Assert.Equal("/scenarios/quick.yaml", manifest["scenario_file"]!.GetValue<string>());
        Assert.Equal(scenario.SourceHash, manifest["scenario_sha256"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(scenario.Resolved, manifest["scenario"]));
        Assert.Equal(42, manifest["seed"]!.GetValue<long>());
        Assert.Equal(2, manifest["replicates"]!.GetValue<int>());
        Assert.Equal(1, manifest["silos"]!.GetValue<int>());
        Assert.Equal("node-grains", manifest["hosting"]!.GetValue<string>());
        Assert.Null(manifest["partitions"]);
        Assert.Equal("2025-01-31T12:00:00.0000000Z", manifest["started_utc"]!.GetValue<string>());
        Assert.Equal("2025-01-31T12:00:03.0000000Z", manifest["ended_utc"]!.GetValue<string>());
        Assert.Equal(Info.EndedUtc, DateTimeOffset.Parse(manifest["ended_utc"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal(0.5, manifest["timings"]!["network_build"]!.GetValue<double>());
        Assert.Equal(0.25, manifest["timings"]!["activation"]!.GetValue<double>());
        Assert.Equal(2, manifest["timings"]!["propagation"]!.GetValue<double>());
        Assert.Equal(0.125, manifest["timings"]!["output"]!.GetValue<double>());
        Assert.Equal(10, manifest["nodes"]!.GetValue<int>());
        Assert.Equal(30, manifest["edges"]!.GetValue<int>());
        Assert.Equal(10, manifest["grain_activations"]!.GetValue<int>());
        Assert.Equal(11.5, manifest["exposures_per_second"]!.GetValue<double>());
        Assert.Equal(Environment.ProcessorCount, manifest["machine"]!["cores"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(manifest["machine"]!["os"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(manifest["machine"]!["dotnet"]!.GetValue<string>()));
    }

    [Fact]
    public void With_the_stream_on_records_its_cap_delivered_and_written_rows_last()
    {
        var manifest = ManifestJson.Build(Fixtures.ScenarioWithEvents(3), Fixtures.WithEvents(), Info);

        Assert.Equal("events", manifest.Last().Key);
        Assert.Equal("{\"cap\":3,\"delivered\":5,\"written\":3,\"truncated\":true}", manifest["events"]!.ToJsonString());
    }

    [Fact]
    public void A_stream_that_kept_every_message_is_not_truncated()
    {
        var result = Fixtures.WithEvents() with { EventsDelivered = 3 };

        var events = ManifestJson.Build(Fixtures.ScenarioWithEvents(1_000_000), result, Info)["events"]!;

        Assert.Equal(1_000_000, events["cap"]!.GetValue<long>());
        Assert.Equal(3, events["written"]!.GetValue<int>());
        Assert.False(events["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public void Without_the_stream_there_is_no_events_member()
    {
        Assert.False(ManifestJson.Build(Fixtures.Scenario(), Fixtures.WithEvents(), Info).ContainsKey("events"));
    }

    [Fact]
    public void Exposures_per_second_is_null_without_propagation_time()
    {
        var info = Info with { Timings = new RunTimings(0, 0, 0, 0) };

        var manifest = ManifestJson.Build(Fixtures.Scenario(), Fixtures.TwoReplicates(), info);

        Assert.True(manifest.ContainsKey("exposures_per_second"));
        Assert.Null(manifest["exposures_per_second"]);
    }

    [Fact]
    public void Text_is_indented_with_lf_and_leaves_the_scenario_untouched()
    {
        var scenario = Fixtures.Scenario();

        string text = ManifestJson.Format(scenario, Fixtures.TwoReplicates(), Info);

        Assert.StartsWith("{\n  \"tool\": {\n    \"name\": \"influencesim\",", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.Contains("\"max-steps\": 100", text, StringComparison.Ordinal);
        Assert.Null(scenario.Resolved.Parent);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text)!["scenario"], scenario.Resolved));
    }
}
