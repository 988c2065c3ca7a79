using InfluenceSim.Engine.Running;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>A progress sink that asks the cluster for its activations once every node grain has joined the run.</summary>
public sealed class ActivationCensus(IManagementGrain management) : IProgress<RunProgress>
{
    public Task<SimpleGrainStatistic[]>? Taken { get; private set; }

    public void Report(RunProgress value)
    {
        if (value.Phase == "activation")
        {
            Taken ??= management.GetSimpleGrainStatistics();
        }
    }
}
