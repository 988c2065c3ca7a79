using System.Globalization;
using InfluenceSim.Engine.Admission;
using InfluenceSim.Engine.Running;
using InfluenceSim.Host.Clustering;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>validate</c>: reads the scenario, estimates its memory and time, builds its network and resolves its seeds, without running it; with <c>--cluster</c>, lists the cluster's active silos.</summary>
public sealed class ValidateCommand : ScenarioCommand<ClusterScenarioSettings>
{
    protected override async Task<int> ExecuteAsync(Scenario scenario, ClusterScenarioSettings settings, CancellationToken cancellationToken)
    {
        var estimate = RunAdmission.Admit(scenario, settings.AllowLarge);
        var prepared = RunPreparation.Prepare(scenario);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{settings.Scenario}: valid: '{scenario.Name}', {prepared.Network.NodeCount} nodes, {prepared.Network.TieCount} directed ties, model {scenario.Model.Kind}, {Seeding(scenario)}, {scenario.Replicates} replicate(s)"));
        if (scenario.Sweep is { } sweep)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"sweep: {sweep.Points.Count} point(s) ({string.Join(sweep.Zip ? " zipped with " : " x ", sweep.Axes.Select(a => $"{a.Key}: {a.Values.Count}"))}), {sweep.Points.Count * (long)scenario.Replicates} replicate(s) in all"));
        }

        Console.WriteLine($"hosting {EngineHostingNames.Of(estimate.Hosting)}: estimated {estimate.Describe()}");
        if (settings.Target is { } target)
        {
            await using var cluster = await ClusterConnection.ConnectAsync(target.Address, target.ClusterId, null, traceGrainCalls: false, target.Tls, cancellationToken);
            var silos = await cluster.SilosAsync();
            Console.WriteLine($"cluster '{target.ClusterId}' on {target.Address}: {silos.Count} active silo(s): {string.Join(", ", silos)}");
        }

        return ExitCodes.Success;
    }

    private static string Seeding(Scenario scenario) =>
        scenario.CompareSeeding is { } compared ? $"compare-seeding {string.Join(", ", compared)}" : $"seeding {scenario.Seeding.Strategy}";
}
