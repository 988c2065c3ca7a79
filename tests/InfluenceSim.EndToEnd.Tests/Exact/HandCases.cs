using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>
/// Runs worked out by hand from docs/models.md. Row t's exposures are the out-degrees of the adopters of
/// step t-1; runs.csv's exposures add the quiet step that ends the replicate (no row of its own).
/// </summary>
public static class HandCases
{
    private const int Replicates = 3;
    private const int NoBound = 100;

    public static IReadOnlyDictionary<string, HandCase> All { get; } = new Dictionary<string, HandCase>
    {
        // Path 0-1-2-3-4-5, p = 1 from node 0: node t adopts at step t; out-degrees 1, 2, 2, 2, 2, 1;
        // the quiet step 6 delivers node 5's one exposure: 1 + 2 * 4 + 1 = 10 (every directed tie once).
        ["ic-p1-path-6-from-end"] = Case(
            HandNetworks.Path(6), ModelCase.Cascade(1), SeedingCase.Explicit(0), NoBound,
            [(0, 1, 1, 0), (1, 1, 2, 1), (2, 1, 3, 2), (3, 1, 4, 2), (4, 1, 5, 2), (5, 1, 6, 2)], 6, 5, 10),

        // A single node without ties: only the seed, nothing delivered.
        ["ic-p1-single-node"] = Case(
            HandNetworks.Path(1), ModelCase.Cascade(1), SeedingCase.Explicit(0), NoBound,
            [(0, 1, 1, 0)], 1, 0, 0),

        // Star of 8 leaves from the centre, p = 1: all leaves at step 1; the quiet step 2 delivers one exposure per leaf.
        ["ic-p1-star-8-from-centre"] = Case(
            HandNetworks.Star(8), ModelCase.Cascade(1), SeedingCase.Explicit(0), NoBound,
            [(0, 1, 1, 0), (1, 8, 9, 8)], 9, 1, 16),

        // The same with p = 0: only the seed; its 8 exposures are delivered at the quiet step 1.
        ["ic-p0-star-8-from-centre"] = Case(
            HandNetworks.Star(8), ModelCase.Cascade(0), SeedingCase.Explicit(0), NoBound,
            [(0, 1, 1, 0)], 1, 0, 8),

        // p = 0 with seeds 0 and 3 on the path: out-degrees 1 + 2 delivered at step 1.
        ["ic-p0-path-6-seeds-0-3"] = Case(
            HandNetworks.Path(6), ModelCase.Cascade(0), SeedingCase.Explicit(0, 3), NoBound,
            [(0, 2, 2, 0)], 2, 0, 3),

        // Every leaf prescribes to the centre at step 1: eight successes, one adoption.
        ["ic-p1-star-8-from-leaves"] = Case(
            HandNetworks.Star(8), ModelCase.Cascade(1), SeedingCase.Explicit(1, 2, 3, 4, 5, 6, 7, 8), NoBound,
            [(0, 8, 8, 0), (1, 1, 9, 8)], 9, 1, 16),

        // Directed diamond: 1 and 2 at step 1, node 3 reached twice at step 2 adopts once; it has no out-ties.
        ["ic-p1-directed-diamond"] = Case(
            HandNetworks.Diamond(), ModelCase.Cascade(1), SeedingCase.Explicit(0), NoBound,
            [(0, 1, 1, 0), (1, 2, 3, 2), (2, 1, 4, 2)], 4, 2, 4),

        // max-steps 3 cuts the path run after step 3: node 3's exposures are never delivered; still spreading, so censored.
        ["ic-p1-path-6-max-steps-3"] = Case(
            HandNetworks.Path(6), ModelCase.Cascade(1), SeedingCase.Explicit(0), 3,
            [(0, 1, 1, 0), (1, 1, 2, 1), (2, 1, 3, 2), (3, 1, 4, 2)], 4, 3, 5, ReplicateEndings.MaxSteps),

        // max-steps 5: node 5 adopts at the last step allowed and its exposure is still pending: censored, though it could convert nobody.
        ["ic-p1-path-6-max-steps-5"] = Case(
            HandNetworks.Path(6), ModelCase.Cascade(1), SeedingCase.Explicit(0), 5,
            [(0, 1, 1, 0), (1, 1, 2, 1), (2, 1, 3, 2), (3, 1, 4, 2), (4, 1, 5, 2), (5, 1, 6, 2)], 6, 5, 9, ReplicateEndings.MaxSteps),

        // max-steps 6: the quiet step 6 is the last step allowed: the replicate went quiet, it is not censored.
        ["ic-p1-path-6-quiet-at-max-steps-6"] = Case(
            HandNetworks.Path(6), ModelCase.Cascade(1), SeedingCase.Explicit(0), 6,
            [(0, 1, 1, 0), (1, 1, 2, 1), (2, 1, 3, 2), (3, 1, 4, 2), (4, 1, 5, 2), (5, 1, 6, 2)], 6, 5, 10),

        // max-steps 0: the seeds and nothing else; the seed's exposure is still pending: censored.
        ["ic-p1-path-6-max-steps-0"] = Case(
            HandNetworks.Path(6), ModelCase.Cascade(1), SeedingCase.Explicit(0), 0,
            [(0, 1, 1, 0)], 1, 0, 0, ReplicateEndings.MaxSteps),

        // No seeds: a row for step 0, and the quiet step 1 ends the replicate.
        ["ic-p1-path-6-seeding-none"] = Case(
            HandNetworks.Path(6), ModelCase.Cascade(1), SeedingCase.None, NoBound,
            [(0, 0, 0, 0)], 0, 0, 0),

        // top-degree 1 on TiedHubs: nodes 3 and 5 both have out-degree 2; the lower id, 3, is the seed.
        // From 3: 0 and 1 at step 1, then 6 (from 0) at step 2. From 5 it would stop at step 1.
        ["ic-p1-top-degree-tie-by-lower-id"] = Case(
            HandNetworks.TiedHubs(), ModelCase.Cascade(1), SeedingCase.TopDegree(1), NoBound,
            [(0, 1, 1, 0), (1, 2, 3, 2), (2, 1, 4, 1)], 4, 2, 3),

        // top-degree by fraction: round(0.1 x 9) = 1 seed, the centre of the star.
        ["ic-p1-top-degree-fraction-star"] = Case(
            HandNetworks.Star(8), ModelCase.Cascade(1), SeedingCase.TopDegreeFraction(0.1), NoBound,
            [(0, 1, 1, 0), (1, 8, 9, 8)], 9, 1, 16),

        // random by fraction on 250 untied nodes: 0.01 x 250 = 2.5 rounds away from zero to 3.
        ["random-fraction-half-rounds-up"] = Case(
            HandNetworks.Empty(250), ModelCase.Cascade(1), SeedingCase.RandomFraction(0.01), NoBound,
            [(0, 3, 3, 0)], 3, 0, 0),

        // random by fraction: 0.001 x 250 = 0.25 rounds to 0, but a positive fraction seeds at least 1.
        ["random-fraction-at-least-one"] = Case(
            HandNetworks.Empty(250), ModelCase.Cascade(1), SeedingCase.RandomFraction(0.001), NoBound,
            [(0, 1, 1, 0)], 1, 0, 0),

        // Weighted, threshold 0.5, seed 0. Step 1: node 3's share is 1 / (1 + 1) = 0.5, exactly its threshold:
        // it adopts; node 2's is 1 / (1 + 3) = 0.25. Step 2: node 4's is 3 / (1 + 3). Node 1 has no in-ties.
        ["lt-weighted-share-equals-threshold"] = Case(
            HandNetworks.Weighted(), ModelCase.Threshold(0.5), SeedingCase.Explicit(0), NoBound,
            [(0, 1, 1, 0), (1, 1, 2, 2), (2, 1, 3, 1)], 3, 2, 3),

        // Weighted, threshold 0.5, seed 1 (no in-ties: a seed only). Step 1: node 2 at 3/4 and node 3 at 1/2;
        // step 2: node 4 at 4/4. Node 0, without in-ties, never adopts.
        ["lt-weighted-seeded-node-without-in-ties"] = Case(
            HandNetworks.Weighted(), ModelCase.Threshold(0.5), SeedingCase.Explicit(1), NoBound,
            [(0, 1, 1, 0), (1, 2, 3, 2), (2, 1, 4, 2)], 4, 2, 4),

        // Threshold 0 and no seeds: every node with an in-tie (2, 3, 4) adopts at step 1 with no mail at all;
        // 0 and 1, without in-ties, never do. Step 2 delivers 1 + 1 + 0 and is quiet.
        ["lt-threshold-0-adopts-at-step-1-without-mail"] = Case(
            HandNetworks.Weighted(), ModelCase.Threshold(0), SeedingCase.None, NoBound,
            [(0, 0, 0, 0), (1, 3, 3, 0)], 3, 1, 2),

        // Threshold 1 on an undirected path seeded at 0: node 1 sees half of its in-ties and never adopts.
        ["lt-threshold-1-stalls-on-path"] = Case(
            HandNetworks.Path(4), ModelCase.Threshold(1), SeedingCase.Explicit(0), NoBound,
            [(0, 1, 1, 0)], 1, 0, 1),

        // Threshold 1 on a directed chain: each node's only in-tie adopts, so one node per step.
        ["lt-threshold-1-directed-chain"] = Case(
            HandNetworks.DirectedChain(4), ModelCase.Threshold(1), SeedingCase.Explicit(0), NoBound,
            [(0, 1, 1, 0), (1, 1, 2, 1), (2, 1, 3, 1), (3, 1, 4, 1)], 4, 3, 3),

        // The same chain cut by max-steps 1.
        ["lt-threshold-1-directed-chain-max-steps-1"] = Case(
            HandNetworks.DirectedChain(4), ModelCase.Threshold(1), SeedingCase.Explicit(0), 1,
            [(0, 1, 1, 0), (1, 1, 2, 1)], 2, 1, 1, ReplicateEndings.MaxSteps),

        // Share 1 / (1 + 2) against threshold 1/3: equal as doubles, so node 2 adopts.
        ["lt-share-equals-threshold-one-third"] = Case(
            HandNetworks.Thirds(), ModelCase.Threshold(1.0 / 3), SeedingCase.Explicit(0), NoBound,
            [(0, 1, 1, 0), (1, 1, 2, 1)], 2, 1, 1),

        // Threshold one ulp above 1/3: the share falls short and node 2 never adopts.
        ["lt-share-one-ulp-below-threshold"] = Case(
            HandNetworks.Thirds(), ModelCase.Threshold(Math.BitIncrement(1.0 / 3)), SeedingCase.Explicit(0), NoBound,
            [(0, 1, 1, 0)], 1, 0, 1),
    };

    public static TheoryData<string> Names => new(All.Keys);

    /// <summary>Every case under each hosting.</summary>
    public static TheoryData<string, EngineHosting> ByHosting => Hostings.Each(All.Keys);

    private static HandCase Case(
        Network network,
        ModelCase model,
        SeedingCase seeding,
        int maxSteps,
        (int Step, long NewAdopters, long Adopters, long Exposures)[] rows,
        long adopters,
        int steps,
        long exposures,
        string endedBy = ReplicateEndings.Quiet) =>
        new(new SimulationCase(network, model, seeding, Seed: 7, Replicates, maxSteps), new HandOutcome(rows, adopters, steps, exposures) { EndedBy = endedBy });
}
