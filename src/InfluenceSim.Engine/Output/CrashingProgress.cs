using InfluenceSim.Engine.Running;

namespace InfluenceSim.Engine.Output;

/// <summary>Passes progress on, and reaches <see cref="CrashHook.Simulating"/> once the run's last point propagates.</summary>
internal sealed class CrashingProgress(IProgress<RunProgress>? inner) : IProgress<RunProgress>
{
    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        inner?.Report(value);
        if (value.Phase == "propagation" && value.Point == value.Points - 1)
        {
            CrashHook.At(CrashHook.Simulating);
        }
    }
}
