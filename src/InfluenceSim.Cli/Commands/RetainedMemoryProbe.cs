using System.Diagnostics;
using InfluenceSim.Engine.Benchmarking;
using InfluenceSim.Engine.Running;

namespace InfluenceSim.Cli.Commands;

/// <summary>
/// <c>bench</c>'s measure of what a run keeps once its nodes have joined: the managed heap after a
/// full collection, taken before the run and again when the last node has joined, the difference
/// divided by the nodes (the node grains, or the blocks' rows, and what the partitions hold for
/// them). Forwards every report to the run's own progress. The collection it forces at the end of
/// activation is timed, so the bench can leave it out of the activation time, the run's
/// processor time and the collector's figures. Before it measures, it waits for the activations an earlier run released to be
/// gone, so they are not counted against this run. Only meaningful on the embedded silo (the silos are this process).
/// </summary>
internal sealed class RetainedMemoryProbe(IProgress<RunProgress> inner) : IProgress<RunProgress>
{
    private long? _before;
    private long _after = -1;

    /// <summary>The wall time the probe's collection at the end of activation took.</summary>
    public TimeSpan Wall { get; private set; }

    /// <summary>The processor time (every core) the probe's collection at the end of activation took.</summary>
    public TimeSpan Processor { get; private set; }

    /// <summary>What the probe's collection at the end of activation added to the process's collector figures (none when it did not run).</summary>
    public CollectorUse Collector { get; private set; }

    /// <summary>How long <see cref="StartAsync"/> waits at most for an earlier run's activations to be gone.</summary>
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(60);

    /// <summary>How long the activation count may stay unchanged before <see cref="StartAsync"/> takes what is left as the cluster's own (grains kept between runs).</summary>
    private static readonly TimeSpan SteadyLimit = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Waits until the cluster holds no more activations than <paramref name="idle"/> (its count before
    /// any run), or until the count has stopped falling (what remains outlives runs), then collects
    /// fully and notes the heap before the run.
    /// </summary>
    public async Task StartAsync(IManagementGrain management, int idle)
    {
        ArgumentNullException.ThrowIfNull(management);
        var waited = Stopwatch.StartNew();
        var steady = Stopwatch.StartNew();
        int count = await management.GetTotalActivationCount();
        while (count > idle && waited.Elapsed < SettleLimit && steady.Elapsed < SteadyLimit)
        {
            await Task.Delay(100);
            int now = await management.GetTotalActivationCount();
            if (now < count)
            {
                steady.Restart();
            }

            count = now;
        }

        _before = GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>The managed bytes per node the run retained after activation, or null when it was not measured (never started, or activation never finished).</summary>
    public double? BytesPerNode(int nodes) => _before is { } before && _after >= 0 ? (double)(_after - before) / nodes : null;

    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_before is not null && value.Phase == "activation" && value.Joined == value.Nodes && _after < 0)
        {
            var clock = Stopwatch.StartNew();
            var cpu = BenchMachine.ProcessorTime();
            var collector = CollectorUse.Now();
            _after = GC.GetTotalMemory(forceFullCollection: true);
            Collector = CollectorUse.Now().Since(collector);
            Processor = BenchMachine.ProcessorTime() - cpu;
            Wall = clock.Elapsed;
        }

        inner.Report(value);
    }
}
