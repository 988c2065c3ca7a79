using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Engine.Running;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.Networks.Generators;
using InfluenceSim.RunFolders.Results;
using BinomialDistribution = MathNet.Numerics.Distributions.Binomial;

namespace InfluenceSim.EndToEnd.Tests.Statistical;

/// <summary>
/// Bass (1969) on a complete graph of N nodes with a campaign reaching everyone at every step and
/// no seeds: an undecided node adopts with chance p + q A / (N - 1), A the adopters at the end of
/// the step before, so the adopters form a Markov chain whose exact mean curve is computable, and
/// the mean adopted share follows F(t+1) = F(t) + (1 - F(t))(p + q F(t) N / (N - 1)) up to the
/// variance of F(t) (Jensen). Fixed master seed, so the outcome is the same on every run.
/// </summary>
[Collection<OneSiloCollection>]
public sealed class BassCurveTests(OneSiloCluster cluster)
{
    private const int Nodes = 200;
    private const double P = 0.03;
    private const double Q = 0.38;
    private const int Replicates = 300;
    private const int Steps = 30;

    [Fact]
    public async Task MeanCurveFollowsTheBassRecursion()
    {
        var result = await RunAsync();
        var exact = ExactChainMeans();
        var recursion = Recursion();
        for (int t = 1; t <= Steps; t++)
        {
            double[] shares = [.. result.Replicates.Select(r => (double)AdoptersAt(r, t) / Nodes)];
            double mean = shares.Average();
            double sd = Math.Sqrt(shares.Sum(s => (s - mean) * (s - mean)) / (Replicates - 1));
            double tolerance = 4 * sd / Math.Sqrt(Replicates);

            // The engine against the exact chain: within 4 standard errors of the mean (at most 0.011 here).
            Assert.InRange(mean, exact[t] - tolerance - 1e-9, exact[t] + tolerance + 1e-9);

            // The chain against the recursion: the Jensen gap q Var(F) accumulated over the steps stays below 0.01.
            Assert.InRange(recursion[t] - exact[t], -0.01, 0.01);
        }
    }

    [Fact]
    public async Task EveryAdoptionIsBroadcastOrSocialProofAndTheyAddUp()
    {
        var result = await RunAsync();
        foreach (var replicate in result.Replicates)
        {
            Assert.All(replicate.Timeseries, row =>
            {
                Assert.Equal(row.NewAdopters, row.CauseSeed + row.CauseBroadcast + row.CausePrescription + row.CauseSocialProof);
                Assert.Equal(0, row.CausePrescription + row.CauseSeed);
                Assert.Equal(row.Exposures, row.ExposuresBroadcast + row.ExposuresPrescription + row.ExposuresSocialProof);
            });
            Assert.True(replicate.Timeseries[1].CauseBroadcast == replicate.Timeseries[1].NewAdopters, "at step 1 nobody has an adopted tie yet");
        }
    }

    private static long AdoptersAt(ReplicateResult replicate, int step) =>
        step < replicate.Timeseries.Count ? replicate.Timeseries[step].Adopters : replicate.Adopters;

    private async Task<RunResult> RunAsync()
    {
        var network = NetworkGenerators.Complete(Nodes);
        var settings = new ModelSettings("bass", new Dictionary<string, Distribution> { ["innovation"] = Distribution.Constant(P), ["imitation"] = Distribution.Constant(Q) });
        var everyone = new CampaignSettings("everyone", 1, Steps, AudienceSettings.All, Valence.Positive, 1);
        var request = new RunRequest(network, settings, SeedingCase.None.PlanFor(network, 7), 7, Replicates, Steps)
        {
            Market = MarketSettings.Default with { Campaigns = [everyone] },
        };
        return await cluster.Runner().RunAsync(request, cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>E[A(t)] / N for the exact chain: A(t+1) = A(t) + Binomial(N - A(t), p + q A(t) / (N - 1)).</summary>
    private static double[] ExactChainMeans()
    {
        var means = new double[Steps + 1];
        var distribution = new double[Nodes + 1];
        distribution[0] = 1;
        for (int t = 1; t <= Steps; t++)
        {
            var next = new double[Nodes + 1];
            for (int a = 0; a <= Nodes; a++)
            {
                if (distribution[a] == 0)
                {
                    continue;
                }

                double chance = Math.Min(1, P + (Q * a / (Nodes - 1)));
                for (int k = 0; k <= Nodes - a; k++)
                {
                    next[a + k] += distribution[a] * BinomialDistribution.PMF(chance, Nodes - a, k);
                }
            }

            distribution = next;
            means[t] = distribution.Select((probability, a) => probability * a).Sum() / Nodes;
        }

        return means;
    }

    private static double[] Recursion()
    {
        var shares = new double[Steps + 1];
        for (int t = 1; t <= Steps; t++)
        {
            double f = shares[t - 1];
            shares[t] = f + ((1 - f) * (P + (Q * f * Nodes / (Nodes - 1))));
        }

        return shares;
    }
}
