using System.ComponentModel;
using System.Globalization;
using InfluenceSim.Cli.Hosting;
using InfluenceSim.Engine.Benchmarking;
using InfluenceSim.Host.Clustering;
using InfluenceSim.Scenarios;
using InfluenceSim.Seeding.Influence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary>Options of <c>bench</c>: the reference workload's size and the replicate counts to time.</summary>
public sealed class BenchSettings : CommandSettings
{
    /// <summary>The most nodes a bench network may have.</summary>
    public const int MostNodes = 10_000_000;

    [CommandOption("--nodes <N>"), Description("Erdos-Renyi nodes, at most 10000000 (default 100000).")]
    public int Nodes { get; init; } = BenchWorkload.DefaultNodes;

    [CommandOption("--mean-degree <D>"), Description("Mean degree (default 10).")]
    public double MeanDegree { get; init; } = BenchWorkload.DefaultMeanDegree;

    [CommandOption("--probability <P>"), Description("Independent-cascade probability (default 0.15).")]
    public double Probability { get; init; } = BenchWorkload.DefaultProbability;

    [CommandOption("--seeds <K>"), Description("Random seeds per replicate (default 10).")]
    public int Seeds { get; init; } = BenchWorkload.DefaultSeeds;

    [CommandOption("--replicates <LIST>"), Description("Comma-separated replicate counts, one timed run each (default 1,100).")]
    public string Replicates { get; init; } = "1,100";

    [CommandOption("--hosting <HOSTING>"), Description("node-grains (one grain per node, the default) or blocks (each partition runs its nodes itself).")]
    public string Hosting { get; init; } = EngineHostingNames.NodeGrains;

    /// <summary>The hosting asked for.</summary>
    public EngineHosting EngineHosting => EngineHostingNames.Parse(Hosting) ?? EngineHosting.NodeGrains;

    [CommandOption("--partitions <P>"), Description("Partitions the nodes are split into (default: a few per silo, from the cores).")]
    public int? Partitions { get; init; }

    [CommandOption("--cluster <URI>"), Description("Time the runs on the external cluster whose membership is at URI (redis://host:port[[/db]]) instead of an embedded silo, and print what each silo sent to the other silos per run, round and replicate.")]
    public string? Cluster { get; init; }

    [CommandOption("--cluster-id <ID>"), Description("The cluster id of --cluster (default influencesim).")]
    public string ClusterId { get; init; } = ClusterNames.DefaultClusterId;

    [CommandOption("--tls-certificate <FILE>"), Description("Connect to the cluster's gateways over TLS with this PKCS#12 (PFX) certificate (password in INFLUENCESIM_TLS_PASSWORD).")]
    public string? TlsCertificate { get; init; }

    [CommandOption("--seed <N>"), Description("Master seed (default 1).")]
    public long Seed { get; init; } = BenchWorkload.DefaultSeed;

    [CommandOption("--allow-large"), Description("Run even when the estimated memory exceeds what the machine has (docs/safety.md, Limits).")]
    public bool AllowLarge { get; init; }

    [CommandOption("--greedy"), Description("Instead of the cascade, time the imm and celf estimators choosing --seeds seeds on the network and score both seed sets on the same 10000 simulations (docs/influence-maximisation.md, Measured cost).")]
    public bool Greedy { get; init; }

    [CommandOption("--epsilon <E>"), Description("With --greedy: imm's epsilon, above 0 and below 1 - 1/e (default 0.1).")]
    public double Epsilon { get; init; } = GreedyOptions.DefaultEpsilon;

    /// <summary>The workload these options describe.</summary>
    public BenchWorkload Workload => new(Nodes, MeanDegree, Probability, Seeds, Seed);

    /// <summary>The replicate counts to time.</summary>
    public int[] ReplicateCounts => [.. Replicates.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];

    public override ValidationResult Validate()
    {
        string? problem = Nodes < 2 || Nodes > MostNodes ? Found("--nodes", $"a whole number from 2 to {MostNodes}", Nodes)
            : MeanDegree < 0 || MeanDegree > Nodes - 1 ? Found("--mean-degree", $"a number from 0 to {Nodes - 1} (nodes - 1)", MeanDegree)
            : Probability is < 0 or > 1 ? Found("--probability", "a number from 0 to 1", Probability)
            : Seeds < 1 || Seeds > Nodes ? Found("--seeds", $"a whole number from 1 to {Nodes} (nodes)", Seeds)
            : Epsilon <= 0 || Epsilon >= 1 - (1 / Math.E) ? Found("--epsilon", "a number above 0 and below 1 - 1/e", Epsilon)
            : null;
        if (problem is not null)
        {
            return ValidationResult.Error(problem);
        }

        if (EngineHostingNames.Parse(Hosting) is null)
        {
            return ValidationResult.Error($"--hosting: expected {string.Join(" or ", EngineHostingNames.All)}, found {EchoedValue.Quote(Hosting)}");
        }

        if (ClusterTarget.Check(Cluster, ClusterId, TlsCertificate) is { Successful: false } cluster)
        {
            return cluster;
        }

        if (Partitions is < 1)
        {
            return ValidationResult.Error($"--partitions: expected a count >= 1, found {Partitions}");
        }

        return Replicates.Split(',').All(r => int.TryParse(r.Trim(), out int n) && n >= 1)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--replicates: expected a comma-separated list of counts >= 1, found {EchoedValue.Quote(Replicates)}");
    }

    private static string Found(string option, string expected, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{option}: expected {expected}, found {value}");
}
