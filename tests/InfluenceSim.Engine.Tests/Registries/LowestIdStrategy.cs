using InfluenceSim.Engine.Seeding.Strategies;
using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.Engine.Tests.Registries;

/// <summary>A strategy the built-in registry does not have: the nodes of lowest id first, after the first <c>skip</c>.</summary>
internal sealed class LowestIdStrategy() : RankingStrategy("lowest-id")
{
    public override string Summary => "the nodes of lowest id, after the first skip";

    private static readonly StrategySetting Skip = new("skip", 0, 100, 0, Integer: true);

    public override IReadOnlyList<StrategySetting> Settings { get; } = [Skip];

    protected override ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken)
    {
        int skip = (int)context.Seeding.Options.ValueOf(Skip);
        return new(Enumerable.Range(skip, Math.Min(take, context.Network.NodeCount - skip)));
    }
}
