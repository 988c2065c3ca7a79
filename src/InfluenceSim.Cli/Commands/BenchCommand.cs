using System.Diagnostics;
using System.Globalization;
using InfluenceSim.Cli.Hosting;
using InfluenceSim.Cli.Traffic;
using InfluenceSim.Engine.Admission;
using InfluenceSim.Engine.Benchmarking;
using InfluenceSim.Engine.Running;
using InfluenceSim.Scenarios;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary>
/// <c>bench</c>: times the reference cascade (IC on Erdos-Renyi) on an embedded silo (or --cluster) for each
/// replicate count and prints the figures (per phase, the processor time of the run, exposures per
/// second, peak RSS, the memory per node the run added, the managed bytes per node it retained once its
/// nodes had joined, and the bytes it allocated and the garbage collector's pauses and collections) with
/// the machine they were measured on.
/// </summary>
public sealed class BenchCommand : AsyncCommand<BenchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        Console.WriteLine(BenchMachine.Line());
        var workload = settings.Workload;
        if (settings.Greedy)
        {
            return GreedyBench.Run(workload.BuildNetwork(), workload.Model(), settings);
        }

        if (Refusal(settings) is { } refusal)
        {
            return ExitCodes.Refuse($"bench: {refusal}");
        }

        var clock = Stopwatch.StartNew();
        var network = workload.BuildNetwork();
        double build = clock.Elapsed.TotalSeconds;
        var model = workload.Model();
        var plan = workload.SeedsOn(network);

        await using var cluster = await ClusterSession.StartAsync(ClusterTarget.From(settings.Cluster, settings.ClusterId, settings.TlsCertificate), OtelExporter.None, cancellationToken);
        var runner = cluster.Runner;
        using var traffic = BenchTraffic.For(cluster);
        var management = cluster.Grains.GetGrain<IManagementGrain>(0);
        int idle = await management.GetTotalActivationCount();
        long before = CurrentRss();
        Console.WriteLine("| replicates | partitions | network s | activation s | propagation s | run CPU s | grain activations | exposures | exposures/s | mean adopters | peak RSS MiB | bytes per node | retained bytes per node | allocated MiB | GC pause ms | GCs gen 0/1/2 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (int replicates in settings.ReplicateCounts)
        {
            var request = new RunRequest(network, model, plan, settings.Seed, replicates, BenchWorkload.MaxSteps) { NetworkBuildSeconds = build, Partitions = settings.Partitions, Hosting = settings.EngineHosting };
            var rounds = await traffic.BeginAsync();
            var retained = new RetainedMemoryProbe(rounds);
            if (!cluster.External)
            {
                await retained.StartAsync(management, idle);
            }

            var cpu = BenchMachine.ProcessorTime();
            var collector = CollectorUse.Now();
            var result = await runner.RunAsync(request, retained, cancellationToken);
            collector = CollectorUse.Now().Since(collector).Since(retained.Collector);
            cpu = BenchMachine.ProcessorTime() - cpu - retained.Processor;
            await traffic.EndAsync(replicates, rounds);
            long exposures = result.Replicates.Sum(r => r.Exposures);
            double meanAdopters = result.Replicates.Average(r => r.Adopters);
            long peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.WriteLine(Row(
                N(replicates),
                N(result.Partitions),
                F(build),
                F(result.Timings.Activation - retained.Wall.TotalSeconds),
                F(result.Timings.Propagation),
                F(cpu.TotalSeconds),
                N(result.GrainActivations),
                N(exposures),
                N(exposures / Math.Max(result.Timings.Propagation, 1e-9)),
                F(meanAdopters),
                N(peak / (1024.0 * 1024.0)),
                N((double)(peak - before) / network.NodeCount),
                retained.BytesPerNode(network.NodeCount) is { } bytes ? N(bytes) : "-",
                F(collector.AllocatedBytes / (1024.0 * 1024.0)),
                F(collector.Paused.TotalMilliseconds),
                $"{collector.Gen0}/{collector.Gen1}/{collector.Gen2}"));
        }

        Console.WriteLine($"hosting: {settings.Hosting}");
        Console.WriteLine(string.Join(Environment.NewLine, traffic.Lines()));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"workload: independent-cascade p = {settings.Probability} on erdos-renyi nodes = {settings.Nodes}, mean-degree = {settings.MeanDegree}, {settings.Seeds} random seeds, seed {settings.Seed}; {network.TieCount:N0} directed ties"));
        return ExitCodes.Success;
    }

    private static string? Refusal(BenchSettings settings)
    {
        var shape = new RunShape(settings.Nodes, settings.Nodes * settings.MeanDegree, settings.ReplicateCounts.Max(), settings.EngineHosting);
        try
        {
            return RunAdmission.Refusal(ResourceEstimator.Estimate(shape), settings.AllowLarge, "the workload", _ => $"use fewer --nodes or --replicates, or {RunAdmission.Anyway}");
        }
        catch (ScenarioException e)
        {
            return e.Message;
        }
    }

    /// <summary>The process's resident memory now, before any run: what a run's peak is measured against.</summary>
    private static long CurrentRss()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static string Row(params string[] cells) => $"| {string.Join(" | ", cells)} |";

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
