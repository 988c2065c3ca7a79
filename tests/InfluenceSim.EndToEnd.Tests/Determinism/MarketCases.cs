using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.Scenarios;
using static InfluenceSim.EndToEnd.Tests.Determinism.Markets;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>The market's agreement cases: campaigns, population traits and segments, satisfaction and aversion, brand stances, bass, node attributes, the interaction stream and the per-node table.</summary>
public static class MarketCases
{
    private const int Replicates = 6;
    private const int MaxSteps = 1000;

    public static void AddTo(Dictionary<string, SimulationCase> cases)
    {
        var young = Segment("young", 0.4, (Trait.BroadcastSusceptibility, Distribution.Uniform(0.5, 1)));
        var old = Segment("old", 0.3, (Trait.BroadcastSusceptibility, Distribution.Constant(0.2)));
        var unhappy = Traits((Trait.Satisfaction, Distribution.Constant(0.6)));

        Add(cases, "er300/bass/reach-0.3-everyone", "er300", ModelCase.Bass(0.1, 0.4), SeedingCase.None, 201,
            With([Campaign(1, 15, Reach(0.3))]));
        Add(cases, "ws300/bass/count-20-segment", "ws300", ModelCase.Bass(0.2, 0.3), SeedingCase.RandomCount(5), 202,
            With([Campaign(2, 10, Count(20, InSegment(0)))], new PopulationSettings(new Dictionary<Trait, Distribution>(), [young, old])));
        Add(cases, "ba300/ic-0.1/campaign-trait-laws", "ba300", ModelCase.Cascade(0.1), SeedingCase.RandomCount(3), 203,
            With([Campaign(1, 5, Reach(0.05), persuasion: 0.8)], Traits(
                (Trait.PrescriptionPropensity, Distribution.Uniform(0.2, 1)),
                (Trait.Credibility, Distribution.Normal(0.7, 0.2)),
                (Trait.BroadcastSusceptibility, Distribution.Uniform(0, 1)))));
        Add(cases, "er300/ic-0.3-av0.5/satisfaction-0.6", "er300", ModelCase.AverseCascade(0.3, 0.5), SeedingCase.RandomCount(5), 204,
            With(population: unhappy));
        Add(cases, "ws300/ic-0.3-av1/rejections", "ws300", ModelCase.AverseCascade(0.3, 1), SeedingCase.RandomCount(5), 205,
            With([Campaign(3, 6, Reach(0.02))], Traits((Trait.Satisfaction, Distribution.Uniform(0.3, 0.9)))), nodes: true);
        Add(cases, "ring250/lt-0.25-av0.3/negative-campaign", "ring250", ModelCase.AverseThreshold(0.25, 0.3), SeedingCase.Explicit(0, 17, 42, 199), 206,
            With([Campaign(2, 4, Reach(0.1), Valence.Negative)], Traits((Trait.Satisfaction, Distribution.Constant(0.8)))));
        Add(cases, "dw200/lt-normal/segment-thresholds", "dw200", ModelCase.NormalThreshold(0.3, 0.2), SeedingCase.RandomFraction(0.01), 207,
            With(population: new PopulationSettings(new Dictionary<Trait, Distribution>(),
            [
                Segment("easy", 0.3, (Trait.Threshold, Distribution.Constant(0.1))),
                Segment("hard", 0.3, (Trait.Threshold, Distribution.Uniform(0.5, 0.9))),
            ])));
        Add(cases, "er400/cc-2/campaign-top-degree-0.05", "er400", ModelCase.ComplexContagion(2), SeedingCase.RandomCount(5), 208,
            With([Campaign(1, 3, Reach(0.5, TopDegree(0.05)))]));
        Add(cases, "er300/ic-0.2/suppress-0.5", "er300", ModelCase.Cascade(0.2), SeedingCase.RandomCount(5), 209,
            With(brand: Suppress(0.5)));
        Add(cases, "ring250/lt-0.25-av0.2/suppress-0.5", "ring250", ModelCase.AverseThreshold(0.25, 0.2), SeedingCase.TopDegree(4), 210,
            With(population: Traits((Trait.Satisfaction, Distribution.Constant(0.5))), brand: Suppress(0.5)), nodes: true);
        Add(cases, "ba300/ic-0.1/relay-0.3", "ba300", ModelCase.Cascade(0.1), SeedingCase.RandomCount(5), 211,
            With(brand: Relay(0.3, Reach(0.05), 0.5)), nodes: true);
        Add(cases, "ws300/bass/relay-0.2-count-10", "ws300", ModelCase.Bass(0.3, 0.2), SeedingCase.RandomCount(3), 212,
            With(population: unhappy, brand: Relay(0.2, Count(10), 1)), nodes: true);
        AddAttributes(cases, young, old);
        Add(cases, "er300/lt-0.3-av0.4/events", "er300", ModelCase.AverseThreshold(0.3, 0.4), SeedingCase.RandomCount(5), 214,
            With([Campaign(1, 2, Reach(0.05)), Campaign(2, 3, Reach(0.05), Valence.Negative)], Traits((Trait.Satisfaction, Distribution.Constant(0.7)))),
            new EventsOptions(true, EventsOptions.DefaultCap));
        Add(cases, "ws300/ic-0.2-av0.5/events-cap-500", "ws300", ModelCase.AverseCascade(0.2, 0.5), SeedingCase.RandomCount(5), 215,
            With([Campaign(1, 2, Reach(0.1), persuasion: 0.5), Campaign(2, 2, Reach(0.1), persuasion: 0.5)], unhappy, Relay(0.2, Reach(0.05), 0.7)),
            new EventsOptions(true, 500));
    }

    /// <summary>Node attributes fix the susceptibility of every fifth node and the segment of every seventh; a campaign reaches one segment.</summary>
    private static void AddAttributes(Dictionary<string, SimulationCase> cases, Segment young, Segment old)
    {
        var network = DeterminismNetworks.Get("dw200");
        double[] susceptibility = [.. Enumerable.Range(0, network.NodeCount).Select(v => v % 5 == 0 ? 0.9 : double.NaN)];
        int[] segments = [.. Enumerable.Range(0, network.NodeCount).Select(v => v % 7 == 0 ? 1 : -1)];
        var attributes = new NodeAttributeValues(new Dictionary<Trait, double[]> { [Trait.BroadcastSusceptibility] = susceptibility }, segments);
        var market = With([Campaign(1, 4, Reach(0.3, InSegment(1)))], new PopulationSettings(new Dictionary<Trait, Distribution>(), [young, old]));
        cases.Add("dw200/ic-0.2/node-attributes", new SimulationCase(network, ModelCase.Cascade(0.2), SeedingCase.RandomCount(3), 213, Replicates, MaxSteps)
        {
            Market = market,
            Attributes = attributes,
        });
    }

    private static void Add(Dictionary<string, SimulationCase> cases, string name, string network, ModelCase model, SeedingCase seeding, long seed, MarketSettings market, EventsOptions? events = null, bool nodes = false) =>
        cases.Add(name, new SimulationCase(DeterminismNetworks.Get(network), model, seeding, seed, Replicates, MaxSteps)
        {
            Market = market,
            Events = events ?? EventsOptions.Off,
            Nodes = nodes,
        });
}
