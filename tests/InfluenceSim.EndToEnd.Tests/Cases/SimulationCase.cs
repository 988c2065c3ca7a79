using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Engine.Running;
using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Cases;

/// <summary>A whole run: network, model, seeding, master seed, replicates and step bound, runnable on the engine or the oracle.</summary>
public sealed record SimulationCase(Network Network, ModelCase Model, SeedingCase Seeding, long Seed, int Replicates, int MaxSteps)
{
    public RunRequest Request() => new(Network, Model.Engine, Seeding.PlanFor(Network, Seed), Seed, Replicates, MaxSteps);

    public Task<RunResult> RunOnAsync(ClusterFixture cluster) =>
        cluster.Runner().RunAsync(Request(), cancellationToken: TestContext.Current.CancellationToken);

    public OracleRun RunOracle() => OracleSimulation.Run(Network, Model.Oracle, Seeding.Oracle, Seed, Replicates, MaxSteps);
}
