using System.Text;
using FsCheck.Fluent;
using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Hostile;

/// <summary>For any scenario bytes (random, truncated or mutated), the reader returns a scenario or positioned problems, never anything else, and writes nothing.</summary>
public sealed class ScenarioReaderProperties
{
    private static readonly byte[] Rich = Encoding.UTF8.GetBytes("""
        name: rich
        seed: 7
        replicates: 3
        network: { generator: watts-strogatz, nodes: 60, k: 4, rewire: 0.1 }
        model:
          kind: threshold
          threshold: { uniform: [0.1, 0.3] }
        population:
          traits:
            openness: { beta: [2, 5] }
          segments:
            - { name: young, share: 0.4 }
            - { name: old, share: 0.6 }
        seeding: { strategy: top-degree, count: 3 }
        sweep:
          model.threshold: ["{ uniform: [0.1, 0.2] }", "0.3"]
          seed: { from: 1, to: 3, step: 1 }
        # a comment, "quoted" 'text' & more
        """);

    [Fact]
    public void Any_scenario_bytes_give_a_scenario_or_positioned_problems()
    {
        byte[][] valid = [Rich, .. Shipped("quickstart.yaml", "sweep-epidemic-threshold.yaml", "market-broadcast-and-word-of-mouth.yaml")];
        using var folder = new TempFolder();
        string path = folder.File("s.yaml");
        HostileInput.Check(Gen.Elements(valid).SelectMany(HostileInput.Variants), bytes =>
        {
            File.WriteAllBytes(path, bytes);
            ReadsOrReports(path, () => ScenarioLoader.Load(path, [], [], BuiltIns.Registries));
            Assert.Equal(["s.yaml"], folder.Entries());
        });
    }

    /// <summary>Loads a scenario; a refusal must name the file (or the option) with a line and a column.</summary>
    internal static void ReadsOrReports(string file, Func<Scenario> load)
    {
        try
        {
            load();
        }
        catch (ScenarioException e)
        {
            Assert.NotEmpty(e.Problems);
            Assert.All(e.Problems, p =>
            {
                Assert.True(p.File == file || p.File.StartsWith("--", StringComparison.Ordinal), p.ToString());
                Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString());
                Assert.False(string.IsNullOrWhiteSpace(p.Message), p.ToString());
            });
        }
    }

    private static IEnumerable<byte[]> Shipped(params string[] names) =>
        names.Select(n => File.ReadAllBytes(Path.Combine(RepoPaths.RepoRoot, "scenarios", n)));
}
