using System.Text;
using FsCheck;
using FsCheck.Fluent;
using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Hostile;

/// <summary>For any <c>--set</c> and <c>--sweep</c> text (random, truncated or mutated), the scenario loads or its problems name the scenario or the option with a line and a column.</summary>
public sealed class OverrideProperties
{
    private const string Scenario = """
        name: minimal
        network: { generator: erdos-renyi, nodes: 100, mean-degree: 4 }
        model: { kind: linear-threshold, threshold: 0.2 }
        seeding: { strategy: explicit, nodes: [1, 2] }
        """;

    private static readonly string[] Sets =
        ["model.threshold={ uniform: [0.1, 0.3] }", "network.nodes=50", "seeding.nodes[0]=5", "seed=12", "replicates=3", "network={ generator: ring-lattice, nodes: 20, k: 2 }"];

    private static readonly string[] Sweeps = ["model.threshold=0.1,0.2", "network.mean-degree=4,6", "seed=1,2,3"];

    [Fact]
    public void Any_set_and_sweep_text_gives_a_scenario_or_problems_naming_the_option()
    {
        using var folder = new TempFolder();
        var inputs = Gen.Zip(Mutated(Sets), Mutated(Sweeps));
        HostileInput.Check(inputs, pair =>
        {
            string[] sets = [pair.Item1];
            string[] sweeps = [pair.Item2];
            ScenarioReaderProperties.ReadsOrReports("s.yaml", () => ScenarioLoader.Parse(Scenario, "s.yaml", folder.Path, sets, sweeps, BuiltIns.Registries));
            Assert.Empty(folder.Entries());
        });
    }

    private static Gen<string> Mutated(string[] valid) =>
        Gen.Elements(valid).SelectMany(v => HostileInput.Variants(Encoding.UTF8.GetBytes(v))).Select(bytes => Encoding.UTF8.GetString(bytes));
}
