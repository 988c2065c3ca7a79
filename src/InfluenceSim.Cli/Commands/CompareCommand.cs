using System.Globalization;
using InfluenceSim.Analysis;
using InfluenceSim.Cli.Display;
using InfluenceSim.Reporting.Html;
using InfluenceSim.RunFolders;
using Spectre.Console;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>compare</c>: compares each later run folder with the first, point by point and metric by metric, and checks <c>--fail-if</c> thresholds.</summary>
public sealed class CompareCommand : AsyncCommand<CompareSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        if (CheckOut(settings) is { } refusal)
        {
            return Refuse(refusal);
        }

        List<RunData> runs;
        try
        {
            runs = [.. settings.Folders.Select(folder => RunFolderReader.Read(Path.TrimEndingDirectorySeparator(folder)))];
        }
        catch (RunFolderException e)
        {
            return Refuse(e.Message);
        }

        foreach (var run in runs.Where(r => r.Warning is not null))
        {
            Console.Error.WriteLine($"influencesim: compare: warning: {run.Warning}");
        }

        IReadOnlyList<MetricComparison> comparisons;
        try
        {
            comparisons = RunComparison.CompareAll(runs);
        }
        catch (RunMismatchException e)
        {
            e.Problems.ToList().ForEach(problem => Console.Error.WriteLine($"influencesim: compare: {problem}"));
            return ExitCodes.BadInput;
        }

        var console = Consoles.Results();
        CompareTable.Print(console, runs, comparisons);
        if (settings.Out is { } output)
        {
            try
            {
                await AtomicFile.WriteAllTextAsync(output, RunComparisonCsv.Format(runs[0].KeyColumns, comparisons), cancellationToken);
            }
            catch (IOException e)
            {
                return ExitCodes.Fail($"compare: {e.Message}");
            }

            console.WriteLine($"comparison: {Path.GetFullPath(output)}");
        }

        return ReportCrossings(settings.Conditions(), comparisons);
    }

    private static string? CheckOut(CompareSettings settings)
    {
        if (settings.Out is not { } output)
        {
            return null;
        }

        string target = Path.GetFullPath(output);
        if (Directory.Exists(target))
        {
            return $"--out: '{output}' is a folder; expected a file";
        }

        if (InputGuard.RunFolderData(output, settings.Folders) is { } folder)
        {
            return $"--out: '{output}' lies in the run folder '{folder}' that compare reads (its .csv, .json and .parquet files are the run's own); write the comparison outside the run folders";
        }

        if (File.Exists(target) && !settings.Force)
        {
            return $"--out: '{output}' already exists; add --force to replace it";
        }

        return Directory.Exists(Path.GetDirectoryName(target)) ? null : $"--out: the folder of '{output}' does not exist";
    }

    private static int ReportCrossings(IReadOnlyList<FailCondition> conditions, IReadOnlyList<MetricComparison> comparisons)
    {
        int crossed = 0;
        foreach (var condition in conditions)
        {
            foreach (var c in comparisons.Where(condition.IsCrossedBy))
            {
                crossed++;
                Console.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"influencesim: compare: threshold crossed: {condition.Text}: '{c.RunB}' vs '{c.RunA}' at {c.PointLabel}: difference {NumberText.Format(c.Difference)}, {TestChoice.Name(c.Preferred)} p {(c.PreferredP is { } p ? NumberText.Format(p) : "n/a")}"));
            }
        }

        return crossed > 0 ? ExitCodes.ThresholdCrossed : ExitCodes.Success;
    }

    private static int Refuse(string message)
    {
        return ExitCodes.Refuse($"compare: {message}");
    }
}
