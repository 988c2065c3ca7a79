using System.Globalization;
using InfluenceSim.Cli.Display;
using InfluenceSim.Engine.Admission;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Scenarios;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>validate</c>: reads the scenario, estimates its memory and time, builds its network and resolves its seeds, without running it.</summary>
public sealed class ValidateCommand : Command<ScenarioSettings>
{
    public override int Execute(CommandContext context, ScenarioSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var scenario = ScenarioLoader.Load(settings.Scenario, settings.Overrides());
            ProblemPrinter.Warn(scenario);
            var estimate = RunAdmission.Admit(scenario, settings.AllowLarge);
            var prepared = RunPreparation.Prepare(scenario);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{settings.Scenario}: valid: '{scenario.Name}', {prepared.Network.NodeCount} nodes, {prepared.Network.TieCount} directed ties, model {scenario.Model.Kind}, {Seeding(scenario)}, {scenario.Replicates} replicate(s)"));
            Console.WriteLine($"hosting {EngineHostingNames.Of(estimate.Hosting)}: estimated {estimate.Describe()}");
            return ExitCodes.Success;
        }
        catch (ScenarioException e)
        {
            return ProblemPrinter.Print(e);
        }
    }

    private static string Seeding(Scenario scenario) =>
        scenario.CompareSeeding is { } compared ? $"compare-seeding {string.Join(", ", compared)}" : $"seeding {scenario.Seeding.Strategy}";
}
