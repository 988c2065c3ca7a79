using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>
/// The agreement cases paired with a hosting and a number of partitions: under each hosting, every
/// case split into seven partitions (mail crosses partitions at almost every tie), and a
/// representative subset (per-node tables, events and their cap, campaigns, relay, suppression,
/// bass, complex contagion, file attributes, per-tie probabilities) also on one partition and on two.
/// </summary>
public static class PartitionedCases
{
    /// <summary>The number of partitions every case runs on.</summary>
    public const int Every = 7;

    private static readonly string[] Subset =
    [
        "ws300/ic-0.2/random-5/max-steps-3",
        "ring250/lt-0.25/explicit/max-steps-10",
        "er300/bass/reach-0.3-everyone",
        "ba300/ic-0.1/relay-0.3",
        "er300/lt-0.3-av0.4/events",
        "ws300/ic-0.2-av0.5/events-cap-500",
        "dw200/ic-0.2/node-attributes",
        "er400/cc-2/campaign-top-degree-0.05",
        "ring250/lt-0.25-av0.2/suppress-0.5",
        "dp200/ic-from-weight-L2/random-5",
    ];

    public static TheoryData<string, EngineHosting, int> Runs
    {
        get
        {
            var runs = new TheoryData<string, EngineHosting, int>();
            foreach (var hosting in new[] { EngineHosting.NodeGrains, EngineHosting.Blocks })
            {
                foreach (string name in DeterminismCases.All.Keys)
                {
                    runs.Add(name, hosting, Every);
                }

                foreach (int partitions in new[] { 1, 2 })
                {
                    foreach (string name in Subset)
                    {
                        runs.Add(name, hosting, partitions);
                    }
                }
            }

            return runs;
        }
    }
}
