using InfluenceSim.Engine.Running;

namespace InfluenceSim.Cli.Display;

/// <summary>Keeps the most recent progress snapshot for a display that polls it.</summary>
internal sealed class LatestProgress : IProgress<RunProgress>
{
    private RunProgress? _latest;

    public RunProgress? Latest => Volatile.Read(ref _latest);

    public void Report(RunProgress value) => Volatile.Write(ref _latest, value);
}
