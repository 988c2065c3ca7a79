using System.Diagnostics;
using InfluenceSim.Engine.Running;

namespace InfluenceSim.Cli.Commands;

/// <summary>
/// <c>bench</c>'s measure of what a run keeps once its nodes have joined: the managed heap after a
/// full collection, taken before the run and again when the last node has joined, the difference
/// divided by the nodes (the node grains, or the blocks' rows, and what the partitions hold for
/// them). Forwards every report to the run's own progress. The collection it forces at the end of
/// activation is timed, so the bench can leave it out of the activation time and the run's
/// processor time. Only meaningful on the embedded silo (the silos are this process).
/// </summary>
internal sealed class RetainedMemoryProbe(IProgress<RunProgress> inner) : IProgress<RunProgress>
{
    private long _before;
    private long _after = -1;

    /// <summary>The wall time the probe's collection at the end of activation took.</summary>
    public TimeSpan Wall { get; private set; }

    /// <summary>The processor time (every core) the probe's collection at the end of activation took.</summary>
    public TimeSpan Processor { get; private set; }

    /// <summary>Collects fully and notes the heap before the run.</summary>
    public void Start() => _before = GC.GetTotalMemory(forceFullCollection: true);

    /// <summary>The managed bytes per node the run retained after activation, or null when activation never finished.</summary>
    public double? BytesPerNode(int nodes) => _after < 0 ? null : (double)(_after - _before) / nodes;

    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Phase == "activation" && value.Joined == value.Nodes && _after < 0)
        {
            var clock = Stopwatch.StartNew();
            var cpu = BenchCommand.ProcessorTime();
            _after = GC.GetTotalMemory(forceFullCollection: true);
            Processor = BenchCommand.ProcessorTime() - cpu;
            Wall = clock.Elapsed;
        }

        inner.Report(value);
    }
}
