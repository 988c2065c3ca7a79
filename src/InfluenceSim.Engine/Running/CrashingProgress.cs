using InfluenceSim.RunFolders;

namespace InfluenceSim.Engine.Running;

/// <summary>Passes progress on, and reaches <see cref="CrashHook.Simulating"/> once the run's last point propagates.</summary>
public sealed class CrashingProgress(IProgress<RunProgress>? inner) : IProgress<RunProgress>
{
    /// <summary><paramref name="progress"/>, watched for <see cref="CrashHook.Simulating"/> when the hook is armed there.</summary>
    public static IProgress<RunProgress>? Watching(IProgress<RunProgress>? progress) =>
        CrashHook.IsArmed(CrashHook.Simulating) ? new CrashingProgress(progress) : progress;

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
