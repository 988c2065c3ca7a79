using InfluenceSim.Engine.Seeding.Strategies;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;

namespace InfluenceSim.Extending.Tests.Registries;

/// <summary>
/// A test-only <c>least-credited</c> strategy: the nodes credited with the fewest adoptions in a pilot
/// run seeded at the node of highest id, ties by lower id. It declares its pilot run in its needs,
/// <c>pilot</c> replicates (registered in this program's registry only).
/// </summary>
internal sealed class LeastCreditedStrategy() : RankingStrategy("least-credited")
{
    /// <summary>The replicates of its pilot run.</summary>
    public static readonly StrategySetting Pilot = new("pilot", 1, 50, 4, Integer: true);

    private const ulong PilotSalt = 0x6C65617374;

    public override string Summary => "the nodes credited with the fewest adoptions in a pilot run seeded at the highest id";

    public override IReadOnlyList<StrategySetting> Settings { get; } = [Pilot];

    /// <summary>The pilot run it ranked by last, for the test to read.</summary>
    public RunResult? LastPilot { get; private set; }

    public override StrategyNeeds Needs(SeedingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new() { PilotReplicates = (int)options.ValueOf(Pilot) };
    }

    protected override async ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        long seed = context.PilotSeed(PilotSalt);
        var pilot = await context.RunPilotAsync(this, SeedPlan.Fixed([context.Network.NodeCount - 1]), seed, cancellationToken);
        LastPilot = pilot;
        return Enumerable.Range(0, context.Network.NodeCount).OrderBy(node => pilot.Conversions.GetValueOrDefault(node)).ThenBy(node => node).Take(take);
    }
}
