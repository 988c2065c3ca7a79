using System.Globalization;
using InfluenceSim.Cli.Display;
using InfluenceSim.Engine;
using InfluenceSim.Models.Catalogue;
using Spectre.Console;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>models</c>: prints the model catalogue, then the network generators and seeding strategies.</summary>
public sealed class ModelsCommand : Command<ModelsCommand.Settings>
{
    /// <summary>The verb takes no options.</summary>
    public sealed class Settings : CommandSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = Consoles.Results();
        var registries = BuiltIns.Registries;
        foreach (var model in registries.Models.All.Select(m => m.Descriptor))
        {
            console.MarkupLine($"[bold underline]{model.Kind.EscapeMarkup()}[/]");
            console.WriteLine(model.Rule);
            console.WriteLine($"roles: {string.Join(", ", model.Roles.Select(r => r.ToString().ToLowerInvariant()))}");
            console.WriteLine($"states: {string.Join(", ", model.States)}");
            var table = new Table().AddColumns("parameter", "accepts", "range", "default", "meaning");
            foreach (var parameter in model.Parameters)
            {
                table.AddRow(
                    parameter.Key,
                    parameter.Kind switch
                    {
                        ParameterKind.Number => "number",
                        ParameterKind.Integer => "integer",
                        _ => "number or distribution",
                    },
                    string.Create(CultureInfo.InvariantCulture, $"[{parameter.Min}, {parameter.Max}]").EscapeMarkup(),
                    parameter.Default?.ToString(CultureInfo.InvariantCulture) ?? "required",
                    parameter.Description.EscapeMarkup());
            }

            console.Write(table);
            console.WriteLine();
        }

        RegistryTables.Write(console, registries.Generators, registries.Strategies);
        return ExitCodes.Success;
    }
}
