using InfluenceSim.Models.Market;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>
/// A hand-made run with key columns, as a comparison over a sweep would have: two groups on a 4-node network,
/// <c>seeding.strategy</c> (text), <c>model.probability</c> (a number, spelled <c>0.10</c> once) and
/// <c>network.path</c> (empty, so null, in the first group); an interaction stream with events of both groups,
/// the second group's listed first; and a comparison with an undefined multiplier.
/// </summary>
internal static class KeyedRun
{
    public static Network Network()
    {
        var builder = new NetworkBuilder(4, directed: false) { Labels = ["n0", "hub", "n2", "n3"] };
        builder.AddTie(1, 0);
        builder.AddTie(1, 2);
        builder.AddTie(1, 3);
        return builder.Build();
    }

    public static RunResult Result() => Fixtures.Run(
        Replicate(0, group: 1, "top-degree", "0.2", "ties.csv") with { Cascades = [new SeedCascade(1, 4, 1)] },
        Replicate(1, group: 0, "random", "0.10", string.Empty) with { Cascades = [new SeedCascade(0, 1, 0), new SeedCascade(3, 2, 1)] },
        Replicate(0, group: 0, "random", "0.10", string.Empty) with { Cascades = [new SeedCascade(2, 3, 2)] }) with
    {
        Events =
        [
            new InteractionEvent(0, 1, 1, 0, MessageKind.Prescription, Valence.Positive, MessageOutcome.Converted) { Group = 1 },
            new InteractionEvent(0, 1, 2, 3, MessageKind.SocialProof, Valence.Positive, MessageOutcome.None),
            new InteractionEvent(1, 1, 0, 3, MessageKind.Broadcast, Valence.Negative, MessageOutcome.Rejected),
        ],
        EventsDelivered = 3,
    };

    public static IReadOnlyList<StrategyComparison> Comparisons() =>
    [
        new("random", new SampleSummary(0.1, 0.05, -0.35, 0.55, 2), new SampleSummary(0, 0, 0, 0, 2), null),
        new("top-degree", new SampleSummary(0.4, 0, 0.4, 0.4, 1), new SampleSummary(0.3, 0, 0.3, 0.3, 1), 4),
    ];

    private static ReplicateResult Replicate(int replicate, int group, string strategy, string probability, string path) =>
        new(replicate, [new StepCounts(0, 1, 1, 0), new StepCounts(1, 2, 3, 3)], 3, 1, 7 + replicate)
        {
            Group = group,
            Keys = [new("seeding.strategy", strategy), new("model.probability", probability), new("network.path", path)],
        };
}
