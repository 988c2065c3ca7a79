using InfluenceSim.Cli.Commands;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli;

/// <summary>The <c>influencesim</c> command line: its verbs and the mapping of failures to SPEC's exit codes.</summary>
public static class CliApplication
{
    /// <summary>Runs one command line and returns its exit code.</summary>
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("influencesim");
            config.UseStrictParsing();
            config.AddCommand<RunCommand>("run")
                .WithDescription("Run a scenario on an embedded single-silo cluster and write its run folder.")
                .WithExample("run", "scenarios/quickstart.yaml")
                .WithExample("run", "scenarios/quickstart.yaml", "--replicates", "50", "--set", "model.probability=0.2");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check a scenario without running it; exit 0 when valid, 2 when not.")
                .WithExample("validate", "scenarios/quickstart.yaml");
            config.AddCommand<NetworkCommand>("network")
                .WithDescription("Print the statistics of a scenario's network and optionally export it to an edge list or GraphML.")
                .WithExample("network", "scenarios/quickstart.yaml")
                .WithExample("network", "scenarios/quickstart.yaml", "--export", "quickstart.graphml");
            config.AddCommand<ModelsCommand>("models")
                .WithDescription("List the model catalogue: each model's rule, roles and parameters.");
            config.AddCommand<CompareCommand>("compare").WithDescription("Compare run folders point by point (each later one with the first); exit 3 when a --fail-if threshold is crossed.");
            config.AddCommand<ReportCommand>("report").WithDescription("Write a self-contained HTML report of one or more run folders (charts inline as SVG, PNG files beside it).").WithExample("report", "runs/quickstart").WithExample("report", "runs/a", "runs/b", "--out", "a-vs-b.html");
            config.AddCommand<BenchCommand>("bench")
                .WithDescription("Time the reference cascade (IC on Erdos-Renyi, p = 0.15, 10 random seeds) and print the figures and the machine.");
            config.AddCommand<SiloCommand>("silo")
                .WithDescription("Host one silo of an external cluster (Redis membership) until Ctrl-C or SIGTERM.")
                .WithExample("silo", "--cluster", "redis://127.0.0.1:6379");
            config.SetExceptionHandler((exception, _) => ExitCodes.Report(exception, verbose: args.Contains("--verbose", StringComparer.Ordinal)));
        });
        return app.RunAsync(args, cancellationToken);
    }
}
