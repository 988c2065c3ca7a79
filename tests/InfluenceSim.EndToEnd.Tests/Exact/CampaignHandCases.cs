using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using static InfluenceSim.EndToEnd.Tests.Determinism.Markets;
using static InfluenceSim.EndToEnd.Tests.Exact.DrawPremise;
using static InfluenceSim.EndToEnd.Tests.Exact.MarketHandCases;
using static InfluenceSim.Models.Market.MessageKind;
using static InfluenceSim.Models.Market.MessageOutcome;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>Campaigns and the brand's relay by hand: timing, reach, count, segment and top-degree audiences, and the events and node rows of a relay.</summary>
public static class CampaignHandCases
{
    public static IReadOnlyDictionary<string, MarketHandCase> All { get; } = new Dictionary<string, MarketHandCase>
    {
        // p = 0, no seeds; a campaign reaching everyone at step 2 only: step 1 is quiet but the campaign is
        // pending; at 2 all three adopt by broadcast (b = 1 > x) and prescribe; step 3 delivers 1 + 2 + 1.
        ["ic-p0-campaign-at-2-reaches-everyone"] = Case(
            HandNetworks.Path(3), ModelCase.Cascade(0), SeedingCase.None, 1, With([Campaign(2, 2, AudienceSettings.All)]), [],
            [Row(0, 0, 0, 0), Row(1, 0, 0, 0), Row(2, 3, 3, 3) with { CauseBroadcast = 3, ExposuresBroadcast = 3, ActivePrescribers = 3 }],
            new(3, 2, 7, 0, 0, 0, 1)),

        // Nodes 0, 2, 4 are in segment 0 by attribute; count 2 takes the two smallest REACH draws among them: 0 and 4.
        ["ic-p0-count-2-in-a-segment"] = Case(
            HandNetworks.Empty(6), ModelCase.Cascade(0), SeedingCase.None, 10,
            With([Campaign(1, 1, Count(2, InSegment(0)))], new PopulationSettings(new Dictionary<Trait, Distribution>(), [Segment("a", 0.5), Segment("b", 0.5)])),
            [Under(OracleDraws.Reach, 1, 0, 0, 0.5), Under(OracleDraws.Reach, 1, 4, 0, 0.5), AtLeast(OracleDraws.Reach, 1, 2, 0, 0.5)],
            [Row(0, 0, 0, 0), Row(1, 2, 2, 2) with { CauseBroadcast = 2, ExposuresBroadcast = 2, ActivePrescribers = 2 }],
            new(2, 1, 2, 0, 0, 0, 1),
            new NodeAttributeValues(new Dictionary<Trait, double[]>(), [0, 1, 0, 1, 0, 1])),

        // Top-degree 0.2 of 5 nodes is the hub alone: it adopts by broadcast; its social proof gives each leaf one adopted tie of the two needed.
        ["cc-top-degree-campaign-reaches-the-hub"] = Case(
            HandNetworks.Star(4), ModelCase.ComplexContagion(2), SeedingCase.None, 1, With([Campaign(1, 1, Reach(1, TopDegree(0.2)))]), [],
            [Row(0, 0, 0, 0), Row(1, 1, 1, 1) with { CauseBroadcast = 1, ExposuresBroadcast = 1 }],
            new(1, 1, 5, 0, 0, 0, 1)) with
        {
            // Each leaf hears the hub's social proof at the quiet step 2.
            Nodes =
            [
                new(0, 0, 1, AdoptionCause.Broadcast, -1, -1, 0, -1, false, 0, 0, 0, 1, 0, 0),
                new(0, 1, -1, null, -1, -1, 0, -1, false, 1, 0, 0, 0, 0, 0),
                new(0, 2, -1, null, -1, -1, 0, -1, false, 1, 0, 0, 0, 0, 0),
                new(0, 3, -1, null, -1, -1, 0, -1, false, 1, 0, 0, 0, 0, 0),
                new(0, 4, -1, null, -1, -1, 0, -1, false, 1, 0, 0, 0, 0, 0),
            ],
        },

        // p = 0, seed 0 relayed at step 0 (share 1): the relay (campaign number 0, no campaigns listed) reaches
        // everyone at 1, so 1 and 2 adopt by broadcast; they are relayed in turn, and step 2 delivers their
        // 3 prescriptions and 3 more broadcasts, all to adopters.
        ["ic-p0-relay-broadcasts-to-everyone"] = Case(
            HandNetworks.Path(3), ModelCase.Cascade(0), SeedingCase.Explicit(0), 1, With(brand: Relay(1, AudienceSettings.All, 1)), [],
            [Seeds(1) with { ActivePrescribers = 1 }, Row(1, 2, 3, 4) with { CauseBroadcast = 2, ExposuresPrescription = 1, ExposuresBroadcast = 3, ActivePrescribers = 2 }],
            new(3, 1, 10, 0, 0, 0, 1),
            events: Recorded()) with
        {
            Events =
            [
                Event(1, 0, 0, Broadcast, Valence.Positive, Ignored),
                Event(1, 0, 1, Broadcast, Valence.Positive, Converted),
                Event(1, 0, 2, Broadcast, Valence.Positive, Converted),
                Event(2, 0, 0, Broadcast, Valence.Positive, Ignored),
                Event(2, 0, 1, Broadcast, Valence.Positive, Ignored),
                Event(2, 0, 2, Broadcast, Valence.Positive, Ignored),
            ],

            // p = 0: no prescription lands; each node hears both relay broadcasts; the 4 prescriptions are sent 1 + 2 + 1.
            Nodes =
            [
                new(0, 0, 0, AdoptionCause.Seed, -1, 0, 0, -1, false, 0, 0, 0, 2, 1, 0),
                new(0, 1, 1, AdoptionCause.Broadcast, -1, -1, 0, -1, false, 0, 0, 0, 2, 2, 0),
                new(0, 2, 1, AdoptionCause.Broadcast, -1, -1, 0, -1, false, 0, 0, 0, 2, 1, 0),
            ],
        },

        // The same with a cap of 4: step 1's three rows, then step 2's first (to node 0).
        ["ic-p0-relay-events-cap-4"] = Case(
            HandNetworks.Path(3), ModelCase.Cascade(0), SeedingCase.Explicit(0), 1, With(brand: Relay(1, AudienceSettings.All, 1)), [],
            [Seeds(1) with { ActivePrescribers = 1 }, Row(1, 2, 3, 4) with { CauseBroadcast = 2, ExposuresPrescription = 1, ExposuresBroadcast = 3, ActivePrescribers = 2 }],
            new(3, 1, 10, 0, 0, 0, 1),
            events: Recorded(4)) with
        {
            Events =
            [
                Event(1, 0, 0, Broadcast, Valence.Positive, Ignored),
                Event(1, 0, 1, Broadcast, Valence.Positive, Converted),
                Event(1, 0, 2, Broadcast, Valence.Positive, Converted),
                Event(2, 0, 0, Broadcast, Valence.Positive, Ignored),
            ],
        },
    };
}
