using InfluenceSim.Engine.Running;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>
/// A progress sink that takes the cluster's activation census once every node grain has joined the
/// run, holding the run until it has (so no grain is released before it is counted).
/// </summary>
public sealed class ActivationCensus(IManagementGrain management) : IProgress<RunProgress>
{
    public SimpleGrainStatistic[]? Taken { get; private set; }

    public void Report(RunProgress value)
    {
        if (value.Phase == "activation" && value.Joined == value.Nodes && Taken is null)
        {
            Taken = management.GetSimpleGrainStatistics().GetAwaiter().GetResult();
        }
    }
}
