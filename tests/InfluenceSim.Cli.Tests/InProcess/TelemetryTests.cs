using System.Diagnostics;
using System.Globalization;
using InfluenceSim.Cli.Hosting;
using InfluenceSim.Cli.Tests.Support;
using InfluenceSim.Engine;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Telemetry;
using InfluenceSim.Host;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace InfluenceSim.Cli.Tests.InProcess;

/// <summary>docs/architecture.md "Telemetry": what an embedded silo exports through OpenTelemetry for one run, read with the in-memory exporter.</summary>
[Collection(typeof(InProcessCollection))]
public sealed class TelemetryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Run_exports_one_run_span_a_span_per_round_counters_equal_to_the_run_totals_and_orleans_metrics()
    {
        var prepared = RunPreparation.Prepare(ScenarioLoader.Load(_temp.Write("small.yaml", ScenarioTexts.Small), [], [], BuiltIns.Registries));
        var metrics = new List<MetricSnapshot>();
        var activities = new List<Activity>();
        RunResult result;
        await using (var silo = await EmbeddedSilo.StartAsync(
            services => TelemetrySetup.Add(services, TelemetrySetup.RunnerService, (m => m.AddInMemoryExporter(metrics), t => t.AddInMemoryExporter(activities))),
            TestContext.Current.CancellationToken))
        {
            var runner = new SimulationRunner(silo.Grains, silo.Services.GetRequiredService<InfluenceSimTelemetry>());
            result = (await new ScenarioExecution(runner).RunAsync(prepared, null, TestContext.Current.CancellationToken)).Combined;
        }

        // docs/models.md "Steps": a replicate ends after the quiet step steps + 1, so the rounds are 0 .. max(steps) + 1.
        long rounds = result.Replicates.Max(r => r.Steps) + 2;
        var run = Assert.Single(activities, a => a.OperationName == InfluenceSimTelemetry.RunActivity);
        var roundSpans = activities.Where(a => a.OperationName == InfluenceSimTelemetry.RoundActivity).ToList();
        Assert.Equal(rounds, roundSpans.Count);
        Assert.All(roundSpans, span => Assert.Equal(run.SpanId, span.ParentSpanId));
        Assert.Equal(Enumerable.Range(0, (int)rounds), roundSpans.Select(span => Convert.ToInt32(span.GetTagItem("influencesim.step"), CultureInfo.InvariantCulture)));

        var latest = Latest(metrics);
        Assert.Equal(rounds, LongSum(latest, InfluenceSimTelemetry.RoundsCounter));
        Assert.Equal(result.Replicates.Sum(r => r.Adopters), LongSum(latest, InfluenceSimTelemetry.AdoptionsCounter));
        Assert.Equal(result.Replicates.Sum(r => r.Exposures), LongSum(latest, InfluenceSimTelemetry.ExposuresCounter));
        var durations = latest[InfluenceSimTelemetry.RoundDurationHistogram];
        Assert.Equal(rounds, durations.MetricPoints.Sum(p => p.GetHistogramCount()));
        Assert.Contains(latest.Values, m => m.MeterName == TelemetrySetup.OrleansMeter);
        Assert.All(latest.Values.Where(m => m.MeterName == InfluenceSimTelemetry.Name).SelectMany(m => m.MetricPoints), point => AssertNoNodeTag(point));
    }

    [Fact]
    public async Task Traced_grain_calls_join_the_runs_trace_under_the_runners_service_name()
    {
        var prepared = RunPreparation.Prepare(ScenarioLoader.Load(_temp.Write("small.yaml", ScenarioTexts.Small), [], [], BuiltIns.Registries));
        var activities = new List<Activity>();
        Dictionary<string, object> resource;
        await using (var silo = await EmbeddedSilo.StartAsync(
            services => TelemetrySetup.Add(services, TelemetrySetup.RunnerService, (_ => { }, t => t.AddInMemoryExporter(activities))),
            traceGrainCalls: true,
            TestContext.Current.CancellationToken))
        {
            var runner = new SimulationRunner(silo.Grains, silo.Services.GetRequiredService<InfluenceSimTelemetry>());
            await new ScenarioExecution(runner).RunAsync(prepared, null, TestContext.Current.CancellationToken);
            resource = silo.Services.GetRequiredService<TracerProvider>().GetResource().Attributes.ToDictionary(a => a.Key, a => a.Value);
        }

        var run = Assert.Single(activities, a => a.OperationName == InfluenceSimTelemetry.RunActivity);
        var advances = activities.Where(a => a.Source.Name == TelemetrySetup.OrleansActivitySources[0] && a.Kind == ActivityKind.Server && a.DisplayName.EndsWith("/Advance", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(advances);
        Assert.All(advances, span => Assert.Equal(run.TraceId, span.TraceId));
        Assert.Equal(TelemetrySetup.RunnerService, resource["service.name"]);
        Assert.Equal(TelemetrySetup.InstanceId, resource["service.instance.id"]);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The last exported snapshot of each metric (cumulative temporality: the run's totals).</summary>
    private static Dictionary<string, MetricSnapshot> Latest(List<MetricSnapshot> metrics) =>
        metrics.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Last());

    private static long LongSum(Dictionary<string, MetricSnapshot> latest, string name) =>
        Assert.Contains(name, latest).MetricPoints.Sum(p => p.GetSumLong());

    private static void AssertNoNodeTag(MetricPoint point)
    {
        foreach (var tag in point.Tags)
        {
            Assert.DoesNotContain("node", tag.Key, StringComparison.OrdinalIgnoreCase);
        }
    }
}
