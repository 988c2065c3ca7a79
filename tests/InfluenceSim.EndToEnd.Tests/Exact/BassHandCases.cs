using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Models.Market;
using static InfluenceSim.EndToEnd.Tests.Determinism.Markets;
using static InfluenceSim.EndToEnd.Tests.Exact.DrawPremise;
using static InfluenceSim.EndToEnd.Tests.Exact.MarketHandCases;
using static InfluenceSim.Models.Market.MessageKind;
using static InfluenceSim.Models.Market.MessageOutcome;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary><c>bass</c> by hand at its edges: innovation 1 under a campaign, imitation 1 down a chain, and a credit to an earlier adopter (with its node rows).</summary>
public static class BassHandCases
{
    public static IReadOnlyDictionary<string, MarketHandCase> All { get; } = new Dictionary<string, MarketHandCase>
    {
        // p = 1, q = 0, a campaign reaching everyone at 1: x < 1 x 1 for all four untied nodes.
        ["bass-p1-campaign-everyone"] = Case(
            HandNetworks.Empty(4), ModelCase.Bass(1, 0), SeedingCase.None, 1, With([Campaign(1, 1, AudienceSettings.All)]), [],
            [Row(0, 0, 0, 0), Row(1, 4, 4, 4) with { CauseBroadcast = 4, ExposuresBroadcast = 4 }],
            new(4, 1, 4, 0, 0, 0, 1)),

        // p = 0, q = 1 down a directed chain: s = 1 as soon as the one in-tie has adopted, one node per step.
        ["bass-q1-one-node-per-step-down-a-chain"] = Case(
            HandNetworks.DirectedChain(4), ModelCase.Bass(0, 1), SeedingCase.Explicit(0), 1, MarketSettings.Default, [],
            [Seeds(1),
             Row(1, 1, 2, 1) with { CauseSocialProof = 1, ExposuresSocialProof = 1 },
             Row(2, 1, 3, 1) with { CauseSocialProof = 1, ExposuresSocialProof = 1 },
             Row(3, 1, 4, 1) with { CauseSocialProof = 1, ExposuresSocialProof = 1 }],
            new(4, 3, 3, 0, 3, 1, 0)),

        // q = 1 on 0 -> 1, 0 -> 2, 1 -> 2: at step 1 node 2 has s = 1/2 and x >= 1/2; at step 2, s = 1 and it
        // adopts, credited to 0 (the lowest in-tie adopted by the end of step 1), whose social proof was
        // delivered at step 1: no message of step 2 converts; 1's is "adopted".
        ["bass-q1-credit-to-an-earlier-adopter"] = Case(
            HandNetworks.Triangle(), ModelCase.Bass(0, 1), SeedingCase.Explicit(0), 5, MarketSettings.Default,
            [AtLeast(OracleDraws.Adopt, 1, 2, 0, 0.5)],
            [Seeds(1), Row(1, 1, 2, 2) with { CauseSocialProof = 1, ExposuresSocialProof = 2 }, Row(2, 1, 3, 1) with { CauseSocialProof = 1, ExposuresSocialProof = 1 }],
            new(3, 2, 3, 0, 1, 1, 0),
            events: Recorded()) with
        {
            Events =
            [
                Event(1, 0, 1, SocialProof, Valence.Positive, Converted),
                Event(1, 0, 2, SocialProof, Valence.Positive, None),
                Event(2, 1, 2, SocialProof, Valence.Positive, Adopted),
            ],

            // Node 2, credited to the seed, is at depth 1 although it adopts at step 2; it heard 0 and 1.
            Nodes =
            [
                new(0, 0, 0, AdoptionCause.Seed, -1, 0, 0, -1, false, 0, 0, 0, 0, 0, 0),
                new(0, 1, 1, AdoptionCause.SocialProof, 0, 0, 1, -1, false, 1, 0, 0, 0, 0, 0),
                new(0, 2, 2, AdoptionCause.SocialProof, 0, 0, 1, -1, false, 2, 0, 0, 0, 0, 0),
            ],
        },
    };
}
