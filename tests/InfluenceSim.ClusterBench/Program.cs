using System.Globalization;
using InfluenceSim.ClusterBench;
using InfluenceSim.Engine.Benchmarking;
using InfluenceSim.Engine.Running;
using InfluenceSim.Scenarios;

// The bench workload W1 (BenchWorkload's defaults: IC p = 0.15 on Erdos-Renyi n = 100,000, mean degree 10, 10 random seeds),
// W1 x 1 then W1 x 100 on a fresh cluster of one silo and on one of three, which goes first alternating by round,
// after one unprinted W1 x 1 on each size, so that compiling the program's code falls in no round.
if (!BenchArguments.TryParse(args, out int rounds, out var hosting))
{
    Console.Error.WriteLine("usage: InfluenceSim.ClusterBench [ROUNDS (a whole number >= 1, default 3)] [blocks | node-grains (default blocks)]");
    return 2;
}

// TestingHost writes each silo's log to logs/ under the working directory: a temporary folder here, removed at the end.
var logs = Directory.CreateTempSubdirectory("influencesim-clusterbench-");
Environment.CurrentDirectory = logs.FullName;
try
{
    await RunAsync(rounds, hosting);
}
finally
{
    Environment.CurrentDirectory = Path.GetTempPath();
    logs.Delete(recursive: true);
}

return 0;

static async Task RunAsync(int rounds, EngineHosting hosting)
{
    Console.WriteLine(BenchMachine.Line());
    Console.WriteLine($"hosting: {EngineHostingNames.Of(hosting)}; in-process silos (Orleans TestingHost), all in this process");

    var workload = new BenchWorkload();
    var network = workload.BuildNetwork();
    var model = workload.Model();
    var seeds = workload.SeedsOn(network);
    RunRequest Request(int replicates) => new(network, model, seeds, workload.Seed, replicates, BenchWorkload.MaxSteps) { Hosting = hosting };

    foreach (short silos in new short[] { 1, 3 })
    {
        await using var warmUp = await InProcessCluster.StartAsync(silos);
        await warmUp.Runner.RunAsync(Request(1));
    }

    Console.WriteLine("| round | silos | replicates | activation s | propagation s | run CPU s | mean adopters | exposures |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|");
    var ratios = new List<string>();
    for (int round = 1; round <= rounds; round++)
    {
        var hundred = new Dictionary<short, TimedRun>();
        foreach (short silos in round % 2 == 1 ? new short[] { 1, 3 } : [3, 1])
        {
            await using var cluster = await InProcessCluster.StartAsync(silos);
            foreach (int replicates in new[] { 1, 100 })
            {
                var run = await TimedRun.RunAsync(cluster.Runner, Request(replicates));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {round} | {silos} | {replicates} | {run.Result.Timings.Activation:F3} | {run.Result.Timings.Propagation:F3} | {run.Processor.TotalSeconds:F3} | {run.Result.Replicates.Average(r => r.Adopters):F3} | {run.Result.Replicates.Sum(r => r.Exposures):N0} |"));
                hundred[silos] = run;
            }
        }

        ratios.Add(string.Create(CultureInfo.InvariantCulture, $"| {round} | {hundred[3].Result.Timings.Propagation / hundred[1].Result.Timings.Propagation:F2} | {hundred[3].Processor / hundred[1].Processor:F2} |"));
    }

    Console.WriteLine();
    Console.WriteLine("| round | W1 x 100 propagation, 3 silos / 1 | run CPU, 3 silos / 1 |");
    Console.WriteLine("|---|---|---|");
    ratios.ForEach(Console.WriteLine);
}
