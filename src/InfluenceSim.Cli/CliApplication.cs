using InfluenceSim.Cli.Commands;
using InfluenceSim.Cli.Display;
using InfluenceSim.RunFolders;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli;

/// <summary>The <c>influencesim</c> command line: its verbs and the mapping of failures to the exit codes of the README.</summary>
public static class CliApplication
{
    /// <summary>The verbs, in the order the usage lists them.</summary>
    public static IReadOnlyList<string> Verbs { get; } = ["run", "validate", "network", "models", "compare", "report", "bench", "silo", "help"];

    /// <summary>Runs one command line and returns its exit code; everything it writes on stderr has its control characters escaped.</summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var stderr = Console.Error;
        Console.SetError(TextWriter.Synchronized(new EscapingWriter(stderr)));
        try
        {
            var verbSettings = new Dictionary<string, Type>(StringComparer.Ordinal);
            var app = Configured(args, verbSettings);
            if (args.Length > 0 && verbSettings.TryGetValue(args[0], out var settings) && OptionNumbers.Check(args, settings) is { } problem)
            {
                return ExitCodes.Refuse(problem);
            }

            return await app.RunAsync(args, cancellationToken);
        }
        finally
        {
            Console.SetError(stderr);
        }
    }

    /// <summary>Prints the usage of the program (no <paramref name="verb"/>) or of one verb, as <c>--help</c> does, and returns 0.</summary>
    internal static int Help(IReadOnlyList<string> verb) => Configured([], []).Run([.. verb, "--help"]);

    /// <summary>The application with its verbs; <paramref name="verbSettings"/> receives each verb's settings type.</summary>
    private static CommandApp Configured(string[] args, Dictionary<string, Type> verbSettings)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName(ToolCommand.Current);
            config.SetApplicationVersion(ManifestJson.ToolVersion);
            config.UseStrictParsing();
            config.ConfigureConsole(Consoles.Results());
            Verb<RunCommand>(config, verbSettings, "run")
                .WithDescription("Run a scenario on an embedded single-silo cluster and write its run folder.")
                .WithExample("run", "scenarios/quickstart.yaml")
                .WithExample("run", "scenarios/quickstart.yaml", "--replicates", "50", "--set", "model.probability=0.2");
            Verb<ValidateCommand>(config, verbSettings, "validate")
                .WithDescription("Check a scenario without running it; exit 0 when valid, 2 when not.")
                .WithExample("validate", "scenarios/quickstart.yaml");
            Verb<NetworkCommand>(config, verbSettings, "network")
                .WithDescription("Print the statistics of a scenario's network and optionally export it to an edge list or GraphML.")
                .WithExample("network", "scenarios/quickstart.yaml")
                .WithExample("network", "scenarios/quickstart.yaml", "--export", "quickstart.graphml");
            Verb<ModelsCommand>(config, verbSettings, "models")
                .WithDescription("List the model catalogue (each model's rule, roles and parameters), the network generators and the seeding strategies.");
            Verb<CompareCommand>(config, verbSettings, "compare").WithDescription("Compare run folders point by point (each later one with the first); exit 3 when a --fail-if threshold is crossed.");
            Verb<ReportCommand>(config, verbSettings, "report").WithDescription("Write a self-contained HTML report of one or more run folders (charts inline as SVG, PNG files beside it).").WithExample("report", "runs/quickstart").WithExample("report", "runs/a", "runs/b", "--out", "a-vs-b.html");
            Verb<BenchCommand>(config, verbSettings, "bench")
                .WithDescription("Time the reference cascade (IC on Erdos-Renyi, p = 0.15, 10 random seeds) and print the figures and the machine.");
            config.AddCommand<SiloCommand>("silo")
                .WithDescription("Host one silo of an external cluster (Redis membership) until Ctrl-C or SIGTERM.")
                .WithExample("silo", "--cluster", "redis://127.0.0.1:6379");
            config.AddCommand<HelpCommand>("help")
                .WithDescription("Print the list of verbs, or one verb's arguments and options (the same as --help).")
                .WithExample("help", "run");
            config.SetExceptionHandler((exception, _) => ExitCodes.Report(exception, verbose: args.Contains("--verbose", StringComparer.Ordinal)));
        });
        return app;
    }

    private static ICommandConfigurator Verb<TCommand>(IConfigurator config, Dictionary<string, Type> verbSettings, string name)
        where TCommand : class, ICommand
    {
        verbSettings[name] = typeof(TCommand).BaseType!.GetGenericArguments()[0];
        return config.AddCommand<TCommand>(name);
    }
}
