using InfluenceSim.Engine.Benchmarking;
using InfluenceSim.Engine.Running;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.ClusterBench;

/// <summary>A run's result and the processor time the whole process (every silo and the runner) spent on it.</summary>
internal sealed record TimedRun(RunResult Result, TimeSpan Processor)
{
    public static async Task<TimedRun> RunAsync(SimulationRunner runner, RunRequest request)
    {
        var before = BenchMachine.ProcessorTime();
        var result = await runner.RunAsync(request);
        return new TimedRun(result, BenchMachine.ProcessorTime() - before);
    }
}
