using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using Spectre.Console;

namespace InfluenceSim.Cli.Commands;

/// <summary>The network generators and seeding strategies a scenario can name, as <c>models</c> prints them after the models.</summary>
internal static class RegistryTables
{
    /// <summary>Writes one table of <paramref name="generators"/> and one of <paramref name="strategies"/>.</summary>
    public static void Write(IAnsiConsole console, NetworkGenerators generators, SeedingStrategies strategies)
    {
        console.MarkupLine("[bold underline]network generators[/] (network.generator)");
        var generatorTable = new Table().AddColumns("generator", "keys", "builds");
        foreach (var generator in generators.All)
        {
            var keys = generator.Parameters.Select(p => $"{p.Key}{(p.Required ? string.Empty : " (optional)")}: {p.Accepts}");
            generatorTable.AddRow(generator.Name.EscapeMarkup(), string.Join("\n", keys).EscapeMarkup(), generator.Summary.EscapeMarkup());
        }

        console.Write(generatorTable);
        console.WriteLine();
        console.MarkupLine("[bold underline]seeding strategies[/] (seeding.strategy, compare-seeding)");
        var strategyTable = new Table().AddColumns("strategy", "takes", "settings", "seeds");
        foreach (var strategy in strategies.All)
        {
            string takes = strategy.Input switch
            {
                SeedingInput.Sized => "count, fraction or budget",
                SeedingInput.Listed => "nodes",
                _ => "nothing",
            };
            strategyTable.AddRow(strategy.Name.EscapeMarkup(), takes, string.Join(", ", strategy.Options).EscapeMarkup(), strategy.Summary.EscapeMarkup());
        }

        console.Write(strategyTable);
    }
}
