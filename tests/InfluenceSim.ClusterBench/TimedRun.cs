using System.Diagnostics;
using InfluenceSim.Engine.Running;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.ClusterBench;

/// <summary>A run's result and the processor time the whole process (every silo and the runner) spent on it.</summary>
internal sealed record TimedRun(RunResult Result, TimeSpan Processor)
{
    public static async Task<TimedRun> RunAsync(SimulationRunner runner, RunRequest request)
    {
        var before = ProcessorTime();
        var result = await runner.RunAsync(request);
        return new TimedRun(result, ProcessorTime() - before);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
