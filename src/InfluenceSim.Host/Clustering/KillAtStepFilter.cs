using System.Collections.Concurrent;
using System.Diagnostics;
using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Host.Clustering;

/// <summary>
/// A test hook of <c>influencesim silo</c>: when the environment variable <see cref="Variable"/> holds a step number, the
/// silo kills itself (SIGKILL, no goodbye to the cluster) as soon as one of its partitions is asked to advance to that step
/// (of replicate batch <see cref="BatchVariable"/> only, when that one holds a batch number), so a test can lose a silo at a
/// named point of a run (docs/cluster.md "When a silo dies").
/// </summary>
internal sealed class KillAtStepFilter(int step, int? batch) : IIncomingGrainCallFilter
{
    /// <summary>The environment variable that arms the hook.</summary>
    public const string Variable = "INFLUENCESIM_TEST_KILL_AT_STEP";

    /// <summary>The environment variable that narrows the hook to one replicate batch.</summary>
    public const string BatchVariable = "INFLUENCESIM_TEST_KILL_AT_BATCH";

    private readonly ConcurrentDictionary<GrainId, bool> _inBatch = new();

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(IPartitionGrain))
        {
            if (context.InterfaceMethod.Name == nameof(IPartitionGrain.Begin) && context.Request.GetArgument(0) is PartitionPlan plan)
            {
                _inBatch[context.TargetId] = batch is not { } armed || plan.Batch == armed;
            }
            else if (context.InterfaceMethod.Name == nameof(IPartitionGrain.Advance)
                && context.Request.GetArgument(0) is int requested
                && requested == step
                && _inBatch.GetValueOrDefault(context.TargetId))
            {
                using var self = Process.GetCurrentProcess();
                self.Kill();
            }
        }

        return context.Invoke();
    }
}
