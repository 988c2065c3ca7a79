using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.EndToEnd.Tests.Statistical;

/// <summary>
/// Independent cascade on a path of n nodes seeded at node 0: node k adopts, at step k, exactly when
/// the k coins before it all succeed, with probability p^k. Fixed master seed, so the outcome is
/// the same on every run.
/// </summary>
[Collection<OneSiloCollection>]
public sealed class PathCascadeTests(OneSiloCluster cluster)
{
    private const int Nodes = 8;
    private const double P = 0.6;
    private const int Replicates = 400;

    [Fact]
    public async Task NodeKAdoptsWithProbabilityPToTheK()
    {
        var run = new SimulationCase(NetworkGenerators.Path(Nodes), ModelCase.Cascade(P), SeedingCase.Explicit(0), Seed: 31, Replicates, MaxSteps: 100);
        var result = await run.RunOnAsync(cluster);

        // Node k adopted iff the time series reaches step k (one adopter per step on this path).
        Assert.All(result.Replicates, r => Assert.All(r.Timeseries, row => Assert.Equal(1, row.NewAdopters)));
        for (int k = 1; k < Nodes; k++)
        {
            double expected = Math.Pow(P, k);
            double frequency = result.Replicates.Count(r => r.Steps >= k) / (double)Replicates;

            // Tolerance: 4 binomial standard errors, sqrt(p^k (1 - p^k) / 400) (at most 0.1).
            double tolerance = 4 * Math.Sqrt(expected * (1 - expected) / Replicates);
            Assert.InRange(frequency, expected - tolerance, expected + tolerance);
        }
    }

    [Fact]
    public async Task MeanAdoptersIsTheSumOfPToTheK()
    {
        var run = new SimulationCase(NetworkGenerators.Path(Nodes), ModelCase.Cascade(P), SeedingCase.Explicit(0), Seed: 32, Replicates, MaxSteps: 100);
        var result = await run.RunOnAsync(cluster);

        // Adopters = sum of the indicators I_k, E[I_j I_k] = p^max(j, k); so the mean is
        // sum_k p^k = 2.4580 and the variance sum_{j,k} p^max(j,k) - mean^2 = 3.1184.
        double mean = Enumerable.Range(0, Nodes).Sum(k => Math.Pow(P, k));
        double variance = Enumerable.Range(0, Nodes).Sum(j => Enumerable.Range(0, Nodes).Sum(k => Math.Pow(P, Math.Max(j, k)))) - (mean * mean);

        // Tolerance: 4 standard errors of the mean, 4 sqrt(3.1184 / 400) = 0.35.
        double tolerance = 4 * Math.Sqrt(variance / Replicates);
        Assert.InRange(result.Replicates.Average(r => (double)r.Adopters), mean - tolerance, mean + tolerance);
    }
}
