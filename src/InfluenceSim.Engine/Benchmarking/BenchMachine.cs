using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace InfluenceSim.Engine.Benchmarking;

/// <summary>What a bench says of the machine it ran on, and the processor time it measures runs by.</summary>
public static class BenchMachine
{
    /// <summary>The operating system, cores, memory available, .NET version and collector mode, as one <c>machine: ...</c> line.</summary>
    public static string Line()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"machine: {Environment.OSVersion}, {Environment.ProcessorCount} cores, {memory:F1} GiB, .NET {Environment.Version}, server GC {GCSettings.IsServerGC}");
    }

    /// <summary>The processor time the process has used so far, on every core: a run's share of it is less sensitive to a busy machine than its wall time.</summary>
    public static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
