using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Engine.Running;
using InfluenceSim.Networks.Generators;
using InfluenceSim.Seeding;

namespace InfluenceSim.EndToEnd.Tests.Progress;

/// <summary>A large network's activation reports, after each chunk of 4,096 nodes, how many nodes have joined on each silo, up to the whole network.</summary>
[Collection<OneSiloCollection>]
public sealed class ActivationProgressTests(OneSiloCluster cluster)
{
    [Fact]
    public async Task Activation_reports_each_chunk_per_silo_then_the_whole_network()
    {
        var reports = new List<RunProgress>();
        var request = new RunRequest(NetworkGenerators.Path(25_000), ModelCase.Cascade(0).Engine, SeedPlan.Fixed([]), 1, 1, 10) { Partitions = 1 };

        await cluster.Runner().RunAsync(request, new Recorder(reports), TestContext.Current.CancellationToken);

        var activation = reports.Where(r => r.Phase == "activation").ToList();
        Assert.Equal([4_096, 8_192, 12_288, 16_384, 20_480, 24_576, 25_000], activation.Select(r => r.Joined));
        Assert.All(activation, r => Assert.Equal(25_000, r.Nodes));
        Assert.All(activation, r => Assert.Equal(r.Joined, Assert.Single(r.JoinedBySilo).Value));
    }

    /// <summary>Keeps every report, synchronously and in order.</summary>
    private sealed class Recorder(List<RunProgress> reports) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
