using System.Diagnostics;
using InfluenceSim.Abstractions.Grains;

namespace InfluenceSim.Host.Clustering;

/// <summary>
/// A test hook of <c>influencesim silo</c>: when the environment variable
/// <see cref="Variable"/> holds a step number, the silo kills itself (SIGKILL, no goodbye to the
/// cluster) as soon as one of its partitions is asked to advance to that step, so a test can lose
/// a silo at a named point of a run (docs/cluster.md "When a silo dies").
/// </summary>
internal sealed class KillAtStepFilter(int step) : IIncomingGrainCallFilter
{
    /// <summary>The environment variable that arms the hook.</summary>
    public const string Variable = "INFLUENCESIM_TEST_KILL_AT_STEP";

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(IPartitionGrain)
            && context.InterfaceMethod.Name == nameof(IPartitionGrain.Advance)
            && context.Request.GetArgument(0) is int requested
            && requested == step)
        {
            using var self = Process.GetCurrentProcess();
            self.Kill();
        }

        return context.Invoke();
    }
}
