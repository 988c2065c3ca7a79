using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Scenarios;

namespace InfluenceSim.Engine.Seeding;

internal sealed class SeedPlannerStub
{
#pragma warning disable IDE0060
    public Task<SeedPlan> PlanAsync(PreparedRun prepared, SeedingSpec seeding, IProgress<RunProgress>? progress, CancellationToken cancellationToken) =>
        Task.FromResult(SeedPlan.For(seeding, prepared.Network, prepared.Scenario.Seed, prepared.ExplicitNodes));
}
