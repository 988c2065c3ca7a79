using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// The scratch a node grain's turn works in (its step's sorter and outbox, its report's builder),
/// one per thread and reused from grain to grain: a turn runs on one thread from start to end
/// without awaiting, and leaves nothing behind (the sorter and outbox are overwritten, the report
/// builder starts on a fresh lent report), so 100,000 grains share a handful of these instead of allocating
/// them per call or keeping them per grain.
/// </summary>
internal sealed class NodeWorkspace
{
    [ThreadStatic]
    private static NodeWorkspace? _current;

    private readonly NodeStep?[] _steps = new NodeStep?[4];
    private readonly StepReportBuilder?[] _reports = new StepReportBuilder?[2];

    /// <summary>The calling thread's workspace.</summary>
    public static NodeWorkspace Current => _current ??= new NodeWorkspace();

    /// <summary>The step runner for a node that does or does not record events and is or is not averse.</summary>
    public NodeStep Step(bool recordEvents, bool averse) => _steps[(recordEvents ? 2 : 0) + (averse ? 1 : 0)] ??= new NodeStep(recordEvents, averse);

    /// <summary>The report builder, writing into <paramref name="lent"/> (empty) and rid of whatever a failed turn left.</summary>
    public StepReportBuilder Report(bool recordEvents, StepReport lent)
    {
        var report = _reports[recordEvents ? 1 : 0] ??= new StepReportBuilder(recordEvents);
        report.Begin(lent);
        return report;
    }
}
