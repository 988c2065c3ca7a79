using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>A plain sequential implementation of SPEC's v1 rules: one replicate after another, one step after another.</summary>
public static class OracleSimulation
{
    public static OracleRun Run(Network network, OracleModel model, OracleSeeding seeding, long seed, int replicates, int maxSteps)
    {
        var draws = new OracleDraws(seed);
        var results = new List<OracleReplicate>();
        for (int r = 0; r < replicates; r++)
        {
            results.Add(RunReplicate(network, model, seeding.SeedsOf(network, draws, r), draws, r, maxSteps));
        }

        return new OracleRun(network.NodeCount, seed, results);
    }

    private static OracleReplicate RunReplicate(Network network, OracleModel model, int[] seeds, OracleDraws draws, int replicate, int maxSteps)
    {
        int[] adoptedAt = new int[network.NodeCount];
        int[] root = new int[network.NodeCount];
        int[] depth = new int[network.NodeCount];
        Array.Fill(adoptedAt, -1);
        Array.Fill(root, -1);
        foreach (int s in seeds)
        {
            adoptedAt[s] = 0;
            root[s] = s;
        }

        var rows = new List<OracleRow> { new(0, seeds.Length, seeds.Length, 0) };
        long adopters = seeds.Length;
        long exposures = 0;
        for (int t = 1; t <= maxSteps; t++)
        {
            var last = model.PrescribersAt(adoptedAt, t - 1);
            long delivered = last.Sum(u => (long)network.OutNeighbours(u).Length);
            exposures += delivered;
            var adopting = model.NewAdopters(network, draws, replicate, t, adoptedAt, last);

            foreach (int v in adopting)
            {
                int credit = model.CreditOf(network, draws, replicate, t, v, last);
                root[v] = credit < 0 ? -1 : root[credit];
                depth[v] = credit < 0 ? 0 : depth[credit] + 1;
            }

            foreach (int v in adopting)
            {
                adoptedAt[v] = t;
            }

            adopters += adopting.Count;
            rows.Add(new OracleRow(t, adopting.Count, adopters, delivered));
            if (adopting.Count == 0 && model.PrescribersAt(adoptedAt, t).Count == 0)
            {
                break;
            }
        }

        int steps = rows.FindLastIndex(row => row.Step == 0 || row.NewAdopters > 0);
        rows.RemoveRange(steps + 1, rows.Count - steps - 1);

        var cascades = Enumerable.Range(0, network.NodeCount)
            .Where(v => root[v] >= 0)
            .GroupBy(v => root[v])
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, (long)g.Count(), g.Max(v => depth[v])))
            .ToList();
        return new OracleReplicate(replicate, rows, adopters, rows[^1].Step, exposures, cascades);
    }
}
