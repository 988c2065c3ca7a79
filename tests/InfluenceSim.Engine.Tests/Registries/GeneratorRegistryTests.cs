using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Tests.Scenarios;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Registries;

/// <summary>The registry of network generators: every name resolves once, an unknown one is refused with the list, and an added generator works from a scenario.</summary>
public sealed class GeneratorRegistryTests
{
    private const string Model = "\nmodel: { kind: independent-cascade, probability: 0.1 }";

    [Fact]
    public void Every_generator_resolves_by_its_name_in_the_documented_order()
    {
        var registry = NetworkGenerators.Default;

        Assert.Equal(["erdos-renyi", "barabasi-albert", "watts-strogatz", "ring-lattice", "complete", "star", "path", "stochastic-block", "configuration", "powerlaw-cluster", "file"], registry.Names);
        Assert.All(registry.Names, name => Assert.Same(registry.Get(name), registry.Find(name)));
        Assert.All(registry.Names, name => Assert.Equal(name, registry.Get(name).Name));
        Assert.Distinct(registry.Names);
    }

    [Fact]
    public void Two_generators_of_one_name_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NetworkGenerators.Default.With(new GridGenerator()).With(new GridGenerator()));

        Assert.StartsWith("more than one network generator is named 'grid'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_generator_is_refused_at_its_key_listing_every_registered_one()
    {
        string problem = ScenarioText.Problem("name: s\nnetwork: { generator: grid }" + Model);

        Assert.StartsWith($"s.yaml:2:23: 'network.generator' must be one of {string.Join(", ", NetworkGenerators.Default.Names)}, found", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_generator_is_validated_resolved_and_built_from_a_scenario()
    {
        var registries = BuiltIns.Registries with { Generators = NetworkGenerators.Default.With(new GridGenerator()) };

        var scenario = ScenarioText.Parse("name: s\nnetwork: { generator: grid, rows: 2, columns: 3 }" + Model, registries);
        var network = registries.Generators.Get(scenario.Network.Generator).Build(scenario.Network, new(scenario.Seed, [], false));

        Assert.Equal(("grid", 6), (scenario.Network.Generator, scenario.Network.Nodes));
        Assert.Equal("""{"generator":"grid","nodes":6,"rows":2,"columns":3}""", scenario.Resolved["network"]!.ToJsonString());
        Assert.Equal(2 * 7, network.TieCount);
        Assert.Equal(2 * 7, registries.Generators.Get("grid").ExpectedTies(scenario.Network));
    }

    [Fact]
    public void An_added_generator_reports_its_own_keys_with_file_line_column_and_what_it_expected()
    {
        var registries = BuiltIns.Registries with { Generators = NetworkGenerators.Default.With(new GridGenerator()) };

        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Parse("name: s\nnetwork: { generator: grid, rows: 0, columns: 3, m: 2 }" + Model, registries));

        Assert.Equal(
            [
                "s.yaml:2:35: 'network.rows' must be an integer from 1 to 1000, found 0",
                "s.yaml:2:50: 'm' is not a parameter of generator grid (it belongs to barabasi-albert, powerlaw-cluster)",
            ],
            error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_factory_builds_every_built_in_generator_through_the_registry()
    {
        var spec = ScenarioText.Parse("name: s\nnetwork: { generator: ring-lattice, nodes: 10, k: 4 }" + Model).Network;

        Assert.Equal(NetworkGenerators.Default.Get("ring-lattice").ExpectedTies(spec), NetworkFactory.Build(NetworkGenerators.Default.Get(spec.Generator), spec, 1).TieCount);
    }
}
