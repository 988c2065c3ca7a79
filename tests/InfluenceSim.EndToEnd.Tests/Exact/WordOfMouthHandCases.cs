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

/// <summary>Word of mouth by hand: suppression, landing weights, dissatisfied prescribers, aversion and rejection, segment thresholds, a run cut by max-steps, and node rows.</summary>
public static class WordOfMouthHandCases
{
    public static IReadOnlyDictionary<string, MarketHandCase> All { get; } = new Dictionary<string, MarketHandCase>
    {
        // p = 1, seed 0; SUPPRESS removes 0 -> 1 at step 0 and 3 -> 0 at step 1: 2 and 3 adopt, 1 never hears.
        ["ic-p1-suppress-removes-prescriptions"] = Case(
            HandNetworks.Star(3), ModelCase.Cascade(1), SeedingCase.Explicit(0), 7, With(brand: Suppress(0.5)),
            [Under(OracleDraws.Suppress, 0, 0, 1, 0.5), AtLeast(OracleDraws.Suppress, 0, 0, 2, 0.5), AtLeast(OracleDraws.Suppress, 0, 0, 3, 0.5),
             AtLeast(OracleDraws.Suppress, 1, 2, 0, 0.5), Under(OracleDraws.Suppress, 1, 3, 0, 0.5)],
            [Seeds(1) with { ActivePrescribers = 1 }, Row(1, 2, 3, 2) with { CausePrescription = 2, ExposuresPrescription = 2, Suppressed = 1, ActivePrescribers = 2 }],
            new(3, 1, 3, 0, 1, 1, 0)) with
        {
            // The seed's 2 delivered prescriptions land; 2's lands back on it at step 2; 3's is removed, so 3 sent none.
            Nodes =
            [
                new(0, 0, 0, AdoptionCause.Seed, -1, 0, 0, -1, false, 0, 1, 0, 0, 2, 2),
                new(0, 1, -1, null, -1, -1, 0, -1, false, 0, 0, 0, 0, 0, 0),
                new(0, 2, 1, AdoptionCause.Prescription, 0, 0, 1, -1, false, 0, 1, 0, 0, 1, 1),
                new(0, 3, 1, AdoptionCause.Prescription, 0, 0, 1, -1, false, 0, 1, 0, 0, 0, 0),
            ],
        },

        // Propensity 0.5 fixed on the seed halves its landing weight: PRESCRIBE lands on 1, not on 2.
        ["ic-p1-propensity-halves-landing"] = Case(
            HandNetworks.Star(2), ModelCase.Cascade(1), SeedingCase.Explicit(0), 6, MarketSettings.Default,
            [Under(OracleDraws.Prescribe, 0, 0, 1, 0.5), AtLeast(OracleDraws.Prescribe, 0, 0, 2, 0.5)],
            [Seeds(1) with { ActivePrescribers = 1 }, Row(1, 1, 2, 2) with { CausePrescription = 1, ExposuresPrescription = 2, ActivePrescribers = 1 }],
            new(2, 1, 3, 0, 1, 1, 0),
            Fixed(Trait.PrescriptionPropensity, 3, (0, 0.5))),

        // The seed's satisfaction is 0 (the coin is always >= 0): it prescribes against, halving A of 1 and 2
        // (aversion 0.5). A campaign reaches everyone at 1: x < 1 x 0.5 for node 1, not for node 2. Node 1,
        // satisfied, prescribes + back to the seed at step 2 (ignored).
        ["ic-p1-av0.5-dissatisfied-seed-and-campaign"] = Case(
            HandNetworks.Star(2), ModelCase.AverseCascade(1, 0.5), SeedingCase.Explicit(0), 15, With([Campaign(1, 1, AudienceSettings.All)]),
            [Under(OracleDraws.Adopt, 1, 1, 0, 0.5), AtLeast(OracleDraws.Adopt, 1, 2, 0, 0.5)],
            [Seeds(1) with { ActivePrescribers = 1 },
             Row(1, 1, 2, 5) with { CauseBroadcast = 1, ExposuresPrescription = 2, ExposuresBroadcast = 3, ExposuresNegative = 2, ActivePrescribers = 1 }],
            new(2, 1, 6, 0, 0, 0, 1),
            Fixed(Trait.Satisfaction, 3, (0, 0)),
            Recorded()) with
        {
            Events =
            [
                Event(1, 0, 0, Broadcast, Valence.Positive, Ignored),
                Event(1, 0, 1, Prescription, Valence.Negative, Averted),
                Event(1, 0, 1, Broadcast, Valence.Positive, Converted),
                Event(1, 0, 2, Prescription, Valence.Negative, Averted),
                Event(1, 0, 2, Broadcast, Valence.Positive, None),
                Event(2, 1, 0, Prescription, Valence.Positive, Ignored),
            ],
            Nodes =
            [
                new(0, 0, 0, AdoptionCause.Seed, -1, 0, 0, -1, true, 0, 1, 0, 1, 2, 2),
                new(0, 1, 1, AdoptionCause.Broadcast, -1, -1, 0, -1, false, 0, 1, 1, 1, 1, 1),
                new(0, 2, -1, null, -1, -1, 0, -1, false, 0, 1, 1, 1, 0, 0),
            ],
        },

        // Aversion 1: seed 0 (dissatisfied) makes 1 and 2 reject at step 1 while seed 3 converts 4.
        ["ic-p1-av1-negative-word-rejects"] = Case(
            HandNetworks.Forks(), ModelCase.AverseCascade(1, 1), SeedingCase.Explicit(0, 3), 1, MarketSettings.Default, [],
            [Seeds(2) with { ActivePrescribers = 2 },
             Row(1, 1, 3, 3) with { CausePrescription = 1, ExposuresPrescription = 3, ExposuresNegative = 2, ActivePrescribers = 1, NewRejected = 2, Rejected = 2 }],
            new(3, 1, 3, 2, 1, 1, 0),
            Fixed(Trait.Satisfaction, 5, (0, 0)),
            Recorded()) with
        {
            Events =
            [
                Event(1, 0, 1, Prescription, Valence.Negative, Rejected),
                Event(1, 0, 2, Prescription, Valence.Negative, Rejected),
                Event(1, 3, 4, Prescription, Valence.Positive, Converted),
            ],
            Nodes =
            [
                new(0, 0, 0, AdoptionCause.Seed, -1, 0, 0, -1, true, 0, 0, 0, 0, 2, 2),
                new(0, 1, -1, null, -1, -1, 0, 1, false, 0, 1, 1, 0, 0, 0),
                new(0, 2, -1, null, -1, -1, 0, 1, false, 0, 1, 1, 0, 0, 0),
                new(0, 3, 0, AdoptionCause.Seed, -1, 3, 0, -1, false, 0, 0, 0, 0, 1, 1),
                new(0, 4, 1, AdoptionCause.Prescription, 3, 3, 1, -1, false, 0, 1, 0, 0, 0, 0),
            ],
        },

        // max-steps 1 down a chain: the seed's prescription converts 1 at step 1; 1 prescribes at step 1, the
        // last that runs, so nothing of it is delivered: 2 hears nothing and 1 has sent nothing.
        ["ic-p1-max-steps-1-last-prescription-undelivered"] = Case(
            HandNetworks.DirectedChain(3), ModelCase.Cascade(1), SeedingCase.Explicit(0), 1, MarketSettings.Default, [],
            [Seeds(1) with { ActivePrescribers = 1 }, Row(1, 1, 2, 1) with { CausePrescription = 1, ExposuresPrescription = 1, ActivePrescribers = 1 }],
            new(2, 1, 1, 0, 1, 1, 0),
            maxSteps: 1) with
        {
            Nodes =
            [
                new(0, 0, 0, AdoptionCause.Seed, -1, 0, 0, -1, false, 0, 0, 0, 0, 1, 1),
                new(0, 1, 1, AdoptionCause.Prescription, 0, 0, 1, -1, false, 0, 1, 0, 0, 0, 0),
                new(0, 2, -1, null, -1, -1, 0, -1, false, 0, 0, 0, 0, 0, 0),
            ],
        },

        // Threshold 0.6 (0.1 fixed on node 3), aversion 0.3, a negative campaign to everyone at 1 and 2.
        // Step 1: node 1 at 0.9 sees share 1 and adopts. Step 2: node 2 at 1.2 rejects; node 3 at 0.7 adopts (depth 2).
        ["lt-0.6-av0.3-negative-campaign-raises-thresholds"] = Case(
            HandNetworks.Branch(), ModelCase.AverseThreshold(0.6, 0.3), SeedingCase.Explicit(0), 1, With([Campaign(1, 2, AudienceSettings.All, Valence.Negative)]), [],
            [Seeds(1),
             Row(1, 1, 2, 5) with { CauseSocialProof = 1, ExposuresSocialProof = 1, ExposuresBroadcast = 4, ExposuresNegative = 4 },
             Row(2, 1, 3, 6) with { CauseSocialProof = 1, ExposuresSocialProof = 2, ExposuresBroadcast = 4, ExposuresNegative = 4, NewRejected = 1, Rejected = 1 }],
            new(3, 2, 11, 1, 2, 1, 0),
            Fixed(Trait.Threshold, 4, (3, 0.1))) with
        {
            // Both negative broadcasts reach every node, the seed and the rejecter included.
            Nodes =
            [
                new(0, 0, 0, AdoptionCause.Seed, -1, 0, 0, -1, false, 0, 0, 2, 2, 0, 0),
                new(0, 1, 1, AdoptionCause.SocialProof, 0, 0, 1, -1, false, 1, 0, 2, 2, 0, 0),
                new(0, 2, -1, null, -1, -1, 0, 2, false, 1, 0, 2, 2, 0, 0),
                new(0, 3, 2, AdoptionCause.SocialProof, 1, 0, 2, -1, false, 1, 0, 2, 2, 0, 0),
            ],
        },

        // Segment draw of node 1 below 0.5: "easy" (threshold 0.4), so share 1/2 suffices; node 2 follows at 2.
        ["lt-0.9-segment-easy-adopts"] = Case(
            HandNetworks.Path(3), ModelCase.Threshold(0.9), SeedingCase.Explicit(0), 4, With(population: EasyOrHard),
            [Under(OracleDraws.Trait, 0, 1, OracleDraws.SegmentDraw, 0.5)],
            [Seeds(1), Row(1, 1, 2, 1) with { CauseSocialProof = 1, ExposuresSocialProof = 1 }, Row(2, 1, 3, 2) with { CauseSocialProof = 1, ExposuresSocialProof = 2 }],
            new(3, 2, 4, 0, 2, 1, 0)),

        // Segment draw of node 1 at least 0.5: "hard" (threshold 1), share 1/2 falls short.
        ["lt-0.9-segment-hard-stalls"] = Case(
            HandNetworks.Path(3), ModelCase.Threshold(0.9), SeedingCase.Explicit(0), 1, With(population: EasyOrHard),
            [AtLeast(OracleDraws.Trait, 0, 1, OracleDraws.SegmentDraw, 0.5)],
            [Seeds(1)],
            new(1, 0, 1, 0, 0, 0, 0)),
    };

    private static PopulationSettings EasyOrHard => new(
        new Dictionary<Trait, Distribution>(),
        [Segment("easy", 0.5, (Trait.Threshold, Distribution.Constant(0.4))), Segment("hard", 0.5, (Trait.Threshold, Distribution.Constant(1)))]);
}
