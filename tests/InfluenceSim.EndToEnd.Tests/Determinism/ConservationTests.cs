using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>
/// Attribution conserves, on the engine under both hostings, for every agreement case: at every step the adoptions by
/// cause sum to the new adopters and the exposures by kind to the exposures; negative exposures are
/// part of them; rejections accumulate; over a replicate the causes add up to its adopters.
/// </summary>
[Collection<OneSiloCollection>]
public sealed class ConservationTests(OneSiloCluster cluster)
{
    [Theory]
    [MemberData(nameof(DeterminismCases.ByHosting), MemberType = typeof(DeterminismCases))]
    public async Task CausesAndKindsAddUpAtEveryStep(string name, EngineHosting hosting)
    {
        var result = await DeterminismCases.All[name].RunOnAsync(cluster, hosting);

        foreach (var replicate in result.Replicates)
        {
            long rejected = 0;
            foreach (var row in replicate.Timeseries)
            {
                Assert.Equal(row.NewAdopters, row.CauseSeed + row.CauseBroadcast + row.CausePrescription + row.CauseSocialProof);
                Assert.Equal(row.Exposures, row.ExposuresSocialProof + row.ExposuresPrescription + row.ExposuresBroadcast);
                Assert.InRange(row.ExposuresNegative, 0, row.ExposuresPrescription + row.ExposuresBroadcast);
                rejected += row.NewRejected;
                Assert.Equal(rejected, row.Rejected);
            }

            Assert.Equal(replicate.Adopters, replicate.Timeseries.Sum(r => r.CauseSeed + r.CauseBroadcast + r.CausePrescription + r.CauseSocialProof));
            Assert.InRange(replicate.Rejected, rejected, long.MaxValue);
        }
    }
}
