using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.RunFolders;

/// <summary>The content of <c>manifest.json</c>: what ran, with which tool, where and how long.</summary>
public static class ManifestJson
{
    /// <summary>The tool's name as the manifest records it.</summary>
    public const string ToolName = "influencesim";

    /// <summary>The Engine assembly's informational version (e.g. <c>0.1.0</c>, possibly with <c>+commit</c>).</summary>
    public static string ToolVersion { get; } =
        typeof(ManifestJson).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ManifestJson).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// Builds the manifest of a run whose tables were written as <paramref name="format"/> says (recorded as
    /// <c>format</c> unless CSV only), with an <c>events</c> member when the interaction stream is on. Its
    /// <c>status</c> is <c>complete</c>: <see cref="RunFolderWriter"/> writes the manifest last, once every other file is in place.
    /// </summary>
    public static JsonObject Build(Scenario scenario, RunResult result, ManifestInfo info, TableFormat format = TableFormat.Csv)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(info);
        var timings = info.Timings;
        long exposures = result.Replicates.Sum(r => r.Exposures);
        var manifest = new JsonObject
        {
            ["tool"] = new JsonObject { ["name"] = ToolName, ["version"] = ToolVersion },
            ["scenario_file"] = scenario.SourcePath,
            ["scenario_sha256"] = scenario.SourceHash,
            ["inputs"] = new JsonArray([.. (info.Inputs ?? ScenarioInputs.Hash(scenario)).Select(i => new JsonObject { ["path"] = i.Path, ["sha256"] = i.Sha256 })]),
            ["results_version"] = ResultsVersion.Current,
            ["scenario"] = scenario.Resolved.DeepClone(),
            ["seed"] = scenario.Seed,
            ["replicates"] = result.Replicates.Count,
            ["silos"] = info.Silos,
            ["hosting"] = EngineHostingNames.Of(scenario.Engine.Hosting),
            ["partitions"] = scenario.Engine.Partitions,
            ["started_utc"] = Timestamp(info.StartedUtc),
            ["ended_utc"] = Timestamp(info.EndedUtc),
            ["timings"] = new JsonObject
            {
                ["network_build"] = timings.NetworkBuild,
                ["activation"] = timings.Activation,
                ["propagation"] = timings.Propagation,
                ["output"] = timings.Output,
            },
            ["nodes"] = result.Nodes,
            ["edges"] = result.Ties,
            ["grain_activations"] = result.GrainActivations,
            ["exposures_per_second"] = timings.Propagation > 0 ? exposures / timings.Propagation : null,
            ["machine"] = new JsonObject
            {
                ["os"] = RuntimeInformation.OSDescription,
                ["cores"] = Environment.ProcessorCount,
                ["dotnet"] = RuntimeInformation.FrameworkDescription,
            },
            [RunFolderStatus.Key] = RunFolderStatus.Complete,
        };
        if (format != TableFormat.Csv)
        {
            manifest["format"] = format.Name();
        }

        if (scenario.Events.Enabled)
        {
            manifest["events"] = Events(scenario.Events.Cap, result);
        }

        if (info.Cluster is { } cluster)
        {
            manifest["cluster"] = new JsonObject
            {
                ["id"] = cluster.Id,
                ["membership"] = cluster.Membership,
                ["silos"] = new JsonArray([.. cluster.Silos.Select(s => JsonValue.Create(s))]),
            };
        }

        return manifest;
    }

    /// <summary>
    /// The <c>events</c> member: the stream's cap, the messages delivered, the rows written (the events kept)
    /// and whether the cap cut the stream short.
    /// </summary>
    public static JsonObject Events(long cap, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JsonObject
        {
            ["cap"] = cap,
            ["delivered"] = result.EventsDelivered,
            ["written"] = result.Events.Count,
            ["truncated"] = result.EventsDelivered > result.Events.Count,
        };
    }

    /// <summary>The exact text of <c>manifest.json</c>.</summary>
    public static string Format(Scenario scenario, RunResult result, ManifestInfo info, TableFormat format = TableFormat.Csv) =>
        JsonText.Format(Build(scenario, result, info, format));

    /// <summary>An instant in ISO 8601 UTC with seconds to seven decimals, e.g. <c>2025-01-31T12:00:00.0000000Z</c>.</summary>
    public static string Timestamp(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
