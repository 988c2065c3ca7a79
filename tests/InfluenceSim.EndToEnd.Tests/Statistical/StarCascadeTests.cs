using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.EndToEnd.Tests.Statistical;

/// <summary>
/// Independent cascade on a star of L leaves seeded at the centre: each leaf adopts on its own coin,
/// so adopters = 1 + Binomial(L, p). Fixed master seed, so the outcome is the same on every run.
/// </summary>
[Collection<OneSiloCollection>]
public sealed class StarCascadeTests(OneSiloCluster cluster)
{
    private const int Leaves = 50;
    private const double P = 0.3;
    private const int Replicates = 400;

    [Fact]
    public async Task AdoptersAreOnePlusABinomialOfTheLeaves()
    {
        var run = new SimulationCase(NetworkGenerators.Star(Leaves + 1), ModelCase.Cascade(P), SeedingCase.Explicit(0), Seed: 2024, Replicates, MaxSteps: 10);
        var result = await run.RunOnAsync(cluster);
        double[] adopters = [.. result.Replicates.Select(r => (double)r.Adopters)];

        // Binomial(L, p): variance L p q = 10.5, fourth central moment L p q (1 + 3 (L - 2) p q) = 328.02.
        double pq = P * (1 - P);
        double variance = Leaves * pq;
        double fourthMoment = variance * (1 + (3 * (Leaves - 2) * pq));
        double mean = adopters.Average();
        double sampleVariance = adopters.Sum(a => (a - mean) * (a - mean)) / (Replicates - 1);

        // Tolerance: 4 standard errors. Mean: sqrt(10.5 / 400) = 0.162, so 16 +- 0.65.
        Assert.InRange(mean, 1 + (Leaves * P) - (4 * Math.Sqrt(variance / Replicates)), 1 + (Leaves * P) + (4 * Math.Sqrt(variance / Replicates)));

        // Variance (independent coins, not one coin shared by the leaves): standard error of the
        // sample variance sqrt((mu4 - sigma^4) / n) = 0.74, so 10.5 +- 2.95.
        double varianceError = Math.Sqrt((fourthMoment - (variance * variance)) / Replicates);
        Assert.InRange(sampleVariance, variance - (4 * varianceError), variance + (4 * varianceError));

        // Every leaf adopts at step 1 or never: one row for step 1 unless no leaf adopted.
        Assert.All(result.Replicates, r => Assert.True(r.Steps <= 1));
    }
}
