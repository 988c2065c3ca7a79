using InfluenceSim.Models.Market;
using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>A plain sequential implementation of the rules of docs/models.md: one replicate after another, one step after another.</summary>
public static class OracleSimulation
{
    public static OracleRun Run(Network network, OracleModel model, OracleSeeding seeding, long seed, int replicates, int maxSteps) =>
        Run(network, model, seeding, seed, replicates, maxSteps, MarketSettings.Default, NodeAttributeValues.None, eventsCap: null);

    /// <summary>A run in a market; <paramref name="eventsCap"/> null leaves the interaction stream off.</summary>
    public static OracleRun Run(Network network, OracleModel model, OracleSeeding seeding, long seed, int replicates, int maxSteps, MarketSettings market, NodeAttributeValues attributes, long? eventsCap)
    {
        var draws = new OracleDraws(seed);
        var setup = new OracleSetup(network, model, market, attributes, draws, maxSteps, eventsCap is not null);
        var events = new List<OracleEvent>();
        var results = new List<OracleReplicate>();
        for (int r = 0; r < replicates; r++)
        {
            results.Add(OracleReplicateRun.Run(setup, r, seeding.SeedsOf(network, draws, r), events));
        }

        return new OracleRun(network.NodeCount, seed, results)
        {
            Events = eventsCap is { } cap ? Capped(events, cap) : [],
            EventsDelivered = eventsCap is null ? 0 : events.Count,
        };
    }

    /// <summary>Rows taken step by step across replicates, each step in (replicate, to, kind, from) order, up to the cap; kept rows sorted by (replicate, step, to, kind, from).</summary>
    private static List<OracleEvent> Capped(List<OracleEvent> events, long cap) =>
        [.. events
            .OrderBy(e => e.Step).ThenBy(e => e.Replicate).ThenBy(e => e.To).ThenBy(e => e.Kind).ThenBy(e => e.From)
            .Take((int)Math.Min(cap, int.MaxValue))
            .OrderBy(e => e.Replicate).ThenBy(e => e.Step).ThenBy(e => e.To).ThenBy(e => e.Kind).ThenBy(e => e.From)];
}
