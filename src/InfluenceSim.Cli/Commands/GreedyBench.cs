using System.Diagnostics;
using System.Globalization;
using InfluenceSim.Engine.Benchmarking;
using InfluenceSim.Models.Agents;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders.Statistics;
using InfluenceSim.Seeding.Influence;

namespace InfluenceSim.Cli.Commands;

/// <summary>
/// <c>bench --greedy</c>: times the <c>imm</c> and <c>celf</c> estimators choosing the same number of
/// seeds on the bench network, then scores both seed sets on the same <see cref="Evaluations"/>
/// independent-cascade simulations (a master seed neither estimator drew from), so the spreads and
/// their paired difference are measured the same way.
/// </summary>
internal static class GreedyBench
{
    /// <summary>Simulations each seed set's spread is averaged over.</summary>
    public const int Evaluations = 10_000;

    /// <summary>Prints one row per estimator and the paired difference; exit 2 when IMM's sets would not fit.</summary>
    public static int Run(Network network, ModelSettings model, BenchSettings settings)
    {
        var imm = new GreedyOptions { Estimator = InfluenceEstimator.Imm, Epsilon = settings.Epsilon };
        var celf = new GreedyOptions { Estimator = InfluenceEstimator.Celf };
        string note = string.Empty;
        TimedSelection immRun;
        try
        {
            immRun = Timed(() => GreedySeeding.Select(network, model, settings.Seeds, imm, settings.Seed, line => note = line));
        }
        catch (ReverseReachableLimitException e)
        {
            return ExitCodes.Refuse($"bench: {e.Message}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imm chose {settings.Seeds} seeds in {immRun.Wall:F2} s wall, {immRun.Cpu:F2} s CPU"));
        var celfRun = Timed(() => GreedySeeding.Select(network, model, settings.Seeds, celf, settings.Seed));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"celf chose {settings.Seeds} seeds in {celfRun.Wall:F2} s wall, {celfRun.Cpu:F2} s CPU"));
        var evaluator = new SpreadEstimator(network, model, Evaluations, unchecked(settings.Seed + 1));
        var immSpread = Spreads(evaluator, immRun.Seeds);
        var celfSpread = Spreads(evaluator, celfRun.Seeds);

        Console.WriteLine($"| estimator | seeds' spread (mean adopters over {Evaluations:N0} simulations, standard error) | selection wall s | selection CPU s |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(Row($"imm, epsilon {settings.Epsilon.ToString(CultureInfo.InvariantCulture)}, l {GreedyOptions.DefaultL}", immSpread, immRun));
        Console.WriteLine(Row($"celf, {celf.Simulations} simulations", celfSpread, celfRun));
        var difference = immSpread.Zip(celfSpread, (a, b) => (double)a - b).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imm - celf, simulation for simulation: {MeanAndError(difference)}"));
        Console.WriteLine(note);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"workload: independent-cascade p = {settings.Probability} on erdos-renyi nodes = {settings.Nodes}, mean-degree = {settings.MeanDegree}, {settings.Seeds} seeds by each estimator, seed {settings.Seed}; {network.TieCount:N0} directed ties"));
        return ExitCodes.Success;
    }

    private static TimedSelection Timed(Func<int[]> select)
    {
        var cpu = BenchMachine.ProcessorTime();
        var clock = Stopwatch.StartNew();
        int[] seeds = select();
        double wall = clock.Elapsed.TotalSeconds;
        return new(seeds, wall, (BenchMachine.ProcessorTime() - cpu).TotalSeconds);
    }

    private static int[] Spreads(SpreadEstimator evaluator, int[] seeds) =>
        [.. Enumerable.Range(0, evaluator.Simulations).Select(simulation => evaluator.Simulate(seeds, simulation))];

    private static string Row(string estimator, int[] spreads, TimedSelection run) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {estimator} | {MeanAndError([.. spreads.Select(s => (double)s)])} | {run.Wall:F2} | {run.Cpu:F2} |");

    private static string MeanAndError(double[] values)
    {
        var summary = SampleSummary.Of(values);
        return string.Create(CultureInfo.InvariantCulture, $"{summary.Mean:F1} ({summary.Sd / Math.Sqrt(summary.Count):F2})");
    }

    /// <summary>The seeds an estimator chose and the wall and processor seconds it took.</summary>
    private sealed record TimedSelection(int[] Seeds, double Wall, double Cpu);
}
