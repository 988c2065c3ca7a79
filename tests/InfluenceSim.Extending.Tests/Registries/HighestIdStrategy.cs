using InfluenceSim.Engine.Seeding.Strategies;

namespace InfluenceSim.Extending.Tests.Registries;

/// <summary>A test-only <c>highest-id</c> strategy: the nodes of highest id (registered in this program's registry only).</summary>
internal sealed class HighestIdStrategy() : RankingStrategy("highest-id")
{
    public override string Summary => "the nodes of highest id";

    protected override ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        int nodes = context.Network.NodeCount;
        return new(Enumerable.Range(0, take).Select(i => nodes - 1 - i));
    }
}
