using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.Models.Market;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>
/// Issue 3's rules worked out by hand on small networks, one replicate each (docs/models.md): every
/// case of <see cref="CampaignHandCases"/>, <see cref="WordOfMouthHandCases"/> and
/// <see cref="BassHandCases"/>, and the helpers they are written with.
/// </summary>
public static class MarketHandCases
{
    private const int NoBound = 100;

    public static IReadOnlyDictionary<string, MarketHandCase> All { get; } =
        CampaignHandCases.All.Concat(WordOfMouthHandCases.All).Concat(BassHandCases.All).ToDictionary();

    public static TheoryData<string> Names => new(All.Keys);

    /// <summary>Every case under each hosting.</summary>
    public static TheoryData<string, EngineHosting> ByHosting => Hostings.Each(All.Keys);

    public static MarketHandCase Case(
        Network network,
        ModelCase model,
        SeedingCase seeding,
        long seed,
        MarketSettings market,
        DrawPremise[] premises,
        StepCounts[] rows,
        MarketHandTotals totals,
        NodeAttributeValues? attributes = null,
        EventsOptions? events = null,
        int maxSteps = NoBound) =>
        new(
            new SimulationCase(network, model, seeding, seed, Replicates: 1, maxSteps)
            {
                Market = market,
                Attributes = attributes ?? NodeAttributeValues.None,
                Events = events ?? EventsOptions.Off,
            },
            premises,
            rows,
            totals);

    public static StepCounts Row(int step, long newAdopters, long adopters, long exposures) => new(step, newAdopters, adopters, exposures);

    /// <summary>Row 0 with <paramref name="seeds"/> seeds.</summary>
    public static StepCounts Seeds(long seeds) => new(0, seeds, seeds, 0) { CauseSeed = seeds };

    /// <summary>The interaction stream, uncapped.</summary>
    public static EventsOptions Recorded(long cap = EventsOptions.DefaultCap) => new(true, cap);

    public static InteractionEvent Event(int step, int from, int to, MessageKind kind, Valence valence, MessageOutcome outcome) =>
        new(0, step, from, to, kind, valence, outcome);

    /// <summary>Trait values fixed on some of <paramref name="nodes"/> nodes, NaN elsewhere.</summary>
    public static NodeAttributeValues Fixed(Trait trait, int nodes, params (int Node, double Value)[] values)
    {
        double[] column = [.. Enumerable.Repeat(double.NaN, nodes)];
        foreach (var (node, value) in values)
        {
            column[node] = value;
        }

        return new NodeAttributeValues(new Dictionary<Trait, double[]> { [trait] = column }, null);
    }
}
