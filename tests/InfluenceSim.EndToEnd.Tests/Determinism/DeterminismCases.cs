using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>
/// The runs on which the engine must agree with the oracle. Every network meets every model; the
/// seeding turns with them (seeding = (network + model) mod 6) so every model also meets every
/// seeding. A few more cases cut runs with max-steps (two of them, IC and LT, also record the per-node
/// table), use another master seed or a per-tie probability rule (with prescribing-steps), and
/// <see cref="MarketCases"/> adds the campaigns, traits, brand stances, bass and events of docs/models.md's market.
/// </summary>
public static class DeterminismCases
{
    private const int Replicates = 6;
    private const int MaxSteps = 1000;

    private static readonly ModelCase[] Models =
    [
        ModelCase.Cascade(0.05),
        ModelCase.Cascade(0.2),
        ModelCase.Threshold(0.25),
        ModelCase.UniformThreshold(0, 0.6),
        ModelCase.NormalThreshold(0.3, 0.2),
        ModelCase.ComplexContagion(2),
    ];

    private static readonly SeedingCase[] Seedings =
    [
        SeedingCase.RandomCount(5),
        SeedingCase.RandomFraction(0.01),
        SeedingCase.TopDegree(4),
        SeedingCase.TopDegreeFraction(0.02),
        SeedingCase.Explicit(0, 17, 42, 199),
        SeedingCase.None,
    ];

    public static IReadOnlyDictionary<string, SimulationCase> All { get; } = Build();

    public static TheoryData<string> Names => new(All.Keys);

    /// <summary>Every case under each hosting.</summary>
    public static TheoryData<string, EngineHosting> ByHosting => Hostings.Each(All.Keys);

    private static Dictionary<string, SimulationCase> Build()
    {
        var cases = new Dictionary<string, SimulationCase>();
        var networks = DeterminismNetworks.Names.ToArray();
        for (int g = 0; g < networks.Length; g++)
        {
            for (int m = 0; m < Models.Length; m++)
            {
                var seeding = Seedings[(g + m) % Seedings.Length];
                Add(cases, networks[g], Models[m], seeding, seed: 1000 + (10 * g) + m, MaxSteps, $"{networks[g]}/{Models[m].Name}/{seeding.Name}");
            }
        }

        Add(cases, "ws300", ModelCase.Cascade(0.2), SeedingCase.RandomCount(5), seed: 77, maxSteps: 3, "ws300/ic-0.2/random-5/max-steps-3", nodes: true);
        Add(cases, "ring250", ModelCase.Threshold(0.25), SeedingCase.Explicit(0, 17, 42, 199), seed: 78, maxSteps: 10, "ring250/lt-0.25/explicit/max-steps-10", nodes: true);
        Add(cases, "dw200", ModelCase.NormalThreshold(0.3, 0.2), SeedingCase.RandomFraction(0.01), seed: -3, MaxSteps, "dw200/lt-normal-0.3-0.2/random-0.01/seed--3");
        Add(cases, "ba300", ModelCase.Cascade(0.2), SeedingCase.RandomCount(5), seed: long.MaxValue, MaxSteps, "ba300/ic-0.2/random-5/seed-max");
        Add(cases, "er300", ModelCase.Cascade(0.05, 3), SeedingCase.RandomCount(5), seed: 91, MaxSteps, "er300/ic-0.05-L3/random-5");
        Add(cases, "ws300", ModelCase.Cascade(0.1, 4), SeedingCase.TopDegree(4), seed: 92, MaxSteps, "ws300/ic-0.1-L4/top-degree-4");
        Add(cases, "dw200", ModelCase.Cascade(0.15, 2), SeedingCase.Explicit(0, 17, 42, 199), seed: 93, maxSteps: 6, "dw200/ic-0.15-L2/explicit/max-steps-6");
        Add(cases, "ba300", ModelCase.TieRule("weighted-cascade"), SeedingCase.TopDegree(4), seed: 94, MaxSteps, "ba300/ic-weighted-cascade/top-degree-4");
        Add(cases, "er300", ModelCase.TieRule("trivalency", 3), SeedingCase.RandomCount(5), seed: 95, MaxSteps, "er300/ic-trivalency-L3/random-5");
        Add(cases, "ws300", ModelCase.TieRule("weighted-cascade", 2), SeedingCase.Explicit(0, 17, 42, 199), seed: 96, MaxSteps, "ws300/ic-weighted-cascade-L2/explicit");
        cases.Add("dp200/ic-from-weight-L2/random-5", new SimulationCase(DeterminismNetworks.ProbabilityWeighted, ModelCase.TieRule("from-weight", 2), SeedingCase.RandomCount(5), 97, Replicates, MaxSteps) { Nodes = true });
        MarketCases.AddTo(cases);
        return cases;
    }

    /// <summary>Adds a case under <paramref name="name"/>, kept within the 50 characters a test runner shows of an argument; <paramref name="nodes"/> records the per-node table.</summary>
    private static void Add(Dictionary<string, SimulationCase> cases, string network, ModelCase model, SeedingCase seeding, long seed, int maxSteps, string name, bool nodes = false) =>
        cases.Add(name, new SimulationCase(DeterminismNetworks.Get(network), model, seeding, seed, Replicates, maxSteps) { Nodes = nodes });
}
