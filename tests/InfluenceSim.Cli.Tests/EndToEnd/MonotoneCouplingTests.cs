using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>
/// Coins keyed by attempt couple the sweep points of plain independent cascade: in replicate r the
/// tie u -> v is live at p when <c>draw(PRESCRIBE, r, 0, u, v) &lt; p</c>, so every tie live at 0.1 is
/// live at 0.2 and every node that adopts at p = 0.1 adopts at p = 0.2 (docs/seeding.md).
/// </summary>
public sealed class MonotoneCouplingTests : IDisposable
{
    private const string Scenario = """
        name: monotone
        seed: 4
        replicates: 5
        network: { generator: barabasi-albert, nodes: 300, m: 1 }
        model: { kind: independent-cascade, probability: 0.1 }
        seeding: { strategy: random, count: 3 }
        outputs: [nodes]
        sweep:
          network.m: [1, 2, 3]
          model.probability: [0.1, 0.2]

        """;

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Every_node_adopted_at_p_one_tenth_is_adopted_at_p_one_fifth_in_the_same_replicate_on_each_network()
    {
        string scenario = _temp.Write("monotone.yaml", Scenario);
        var folder = new RunFolder(_temp.File("out"));

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--out", folder.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var nodes = CsvTable.Read(folder.File("nodes.csv"));
        var m = nodes.Longs("network.m");
        var p = nodes.Doubles("model.probability");
        var replicate = nodes.Longs("replicate");
        var node = nodes.Longs("node");
        var adoptedAt = nodes.Longs("adopted_at");
        var adopted = Enumerable.Range(0, adoptedAt.Length).Where(i => adoptedAt[i] >= 0).Select(i => (m[i], p[i], replicate[i], node[i])).ToHashSet();
        foreach (long network in new long[] { 1, 2, 3 })
        {
            var low = adopted.Where(a => a.Item1 == network && a.Item2 == 0.1).Select(a => (a.Item3, a.Item4)).ToHashSet();
            var high = adopted.Where(a => a.Item1 == network && a.Item2 == 0.2).Select(a => (a.Item3, a.Item4)).ToHashSet();
            Assert.Subset(high, low);
            Assert.True(high.Count > low.Count, $"m = {network}: {high.Count} adoptions at 0.2 against {low.Count} at 0.1");
        }
    }

    public void Dispose() => _temp.Dispose();
}
