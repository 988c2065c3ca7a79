using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Determinism;
using InfluenceSim.EndToEnd.Tests.Oracle;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>
/// The oracle's per-node table against its own step counts, replicate by replicate on the market
/// agreement cases and the word-of-mouth ones that record it: what the nodes sent and received adds up to the
/// exposures of every step that ran.
/// </summary>
public sealed class OracleNodeTests
{
    private static readonly Dictionary<string, SimulationCase> Cases = Market();

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void NodeCountsAddUpToTheExposuresOfEveryStepThatRan(string name)
    {
        var run = Cases[name].RunOracle();

        Assert.All(run.Replicates, r =>
        {
            Assert.Equal(Enumerable.Range(0, run.Nodes), r.Nodes.Select(v => v.Node));
            Assert.All(r.Nodes, v => Assert.Equal(r.Replicate, v.Replicate));
            Assert.Equal(r.Ran.Sum(row => row.ExposuresPrescription), r.Nodes.Sum(v => v.PrescriptionsSent));
            Assert.Equal(r.Ran.Sum(row => row.ExposuresSocialProof), r.Nodes.Sum(v => v.ReceivedSocialProof));
            Assert.Equal(r.Ran.Sum(row => row.ExposuresBroadcast), r.Nodes.Sum(v => v.ReceivedBroadcasts));
            Assert.Equal(r.Nodes.Sum(v => v.PrescriptionsLanded), r.Nodes.Sum(v => v.ReceivedPrescriptions));
            Assert.Equal(r.Exposures, r.Ran.Sum(row => row.Exposures));
        });
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void NodeRowsAgreeWithTheRunTotals(string name)
    {
        var run = Cases[name].RunOracle();

        Assert.All(run.Replicates, r =>
        {
            Assert.Equal(r.Adopters, r.Nodes.Count(v => v.AdoptedAt >= 0));
            Assert.Equal(r.Rejected, r.Nodes.Count(v => v.RejectedAt >= 0));
            Assert.Equal(r.CascadeDepth, r.Nodes.Select(v => v.Depth).DefaultIfEmpty(0).Max());
            Assert.All(r.Nodes, v => Assert.Equal(v.AdoptedAt >= 0, v.Cause is not null));
        });
    }

    [Fact]
    public void NodesCsvHasAHeaderAndOneLinePerReplicateAndNode()
    {
        var run = Cases["ws300/ic-0.3-av1/rejections"].RunOracle();

        string text = OracleCsv.Nodes(run);

        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        string[] lines = text[..^1].Split('\n');
        Assert.Equal(
            "replicate,node,adopted_at,cause,credited_to,root,depth,rejected_at,dissatisfied,received_social_proof,received_prescriptions,received_negative,received_broadcasts,prescriptions_sent,prescriptions_landed",
            lines[0]);
        Assert.Equal(1 + (run.Replicates.Count * run.Nodes), lines.Length);
        Assert.All(lines.Skip(1), line => Assert.Equal(15, line.Split(',').Length));
    }

    /// <summary>Every market agreement case, and the word-of-mouth cases that record the per-node table (runs cut by max-steps).</summary>
    private static Dictionary<string, SimulationCase> Market()
    {
        var cases = new Dictionary<string, SimulationCase>();
        MarketCases.AddTo(cases);
        foreach (var (name, run) in DeterminismCases.All.Where(c => c.Value.Nodes))
        {
            cases.TryAdd(name, run);
        }

        return cases;
    }
}
