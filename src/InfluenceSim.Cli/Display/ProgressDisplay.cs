using System.Globalization;
using InfluenceSim.Engine.Running;
using InfluenceSim.Reporting.Html;
using Spectre.Console;

namespace InfluenceSim.Cli.Display;

/// <summary>
/// Shows a run's progress on standard error, so that standard output keeps only the results: a live table when standard
/// error is a terminal (sweep point and ETA, phase, step, mean adopters per replicate, exposures/s, active replicates,
/// elapsed), else a plain line every few seconds. The ETA of a sweep comes from <see cref="EtaEstimator"/>.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>How often a plain line is written when standard error is not a terminal.</summary>
    public static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan LiveRefresh = TimeSpan.FromMilliseconds(250);

    public static Task<T> RunAsync<T>(Func<IProgress<RunProgress>, Task<T>> work) =>
        Consoles.ProgressIsLive ? LiveAsync(work, TimeProvider.System) : PlainAsync(work, Console.Error, TimeProvider.System);

    /// <summary>Runs <paramref name="work"/>, writing a plain progress line to <paramref name="lines"/> every <see cref="PlainEvery"/> of <paramref name="time"/> while it goes.</summary>
    public static async Task<T> PlainAsync<T>(Func<IProgress<RunProgress>, Task<T>> work, TextWriter lines, TimeProvider time)
    {
        var progress = new LatestProgress();
        var eta = new EtaEstimator(time);
        var run = work(progress);
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(PlainEvery, time));
            if (!run.IsCompleted && progress.Latest is { } latest)
            {
                await lines.WriteLineAsync(Line(latest, Eta(latest, eta)));
            }
        }

        return await run;
    }

    /// <summary>One plain progress line.</summary>
    public static string Line(RunProgress p, string eta) =>
        $"{(p.Points > 1 ? $"point {Point(p)}, ETA {(eta.Length > 0 ? eta : "unknown")}, " : "")}{Phase(p)}: step {Text(p.Step)}, mean adopters per replicate {NumberText.Format(p.MeanAdopters)}, exposures/s {Text(p.ExposuresPerSecond)}, active replicates {Text(p.ActiveReplicates)}, elapsed {Seconds(p.Elapsed)}";

    private static async Task<T> LiveAsync<T>(Func<IProgress<RunProgress>, Task<T>> work, TimeProvider time)
    {
        var progress = new LatestProgress();
        var eta = new EtaEstimator(time);
        await using var stderr = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
        var table = new Table().AddColumns("point", "ETA", "phase", "step", "mean adopters per replicate", "exposures/s", "active replicates", "elapsed");
        table.AddRow("", "", "starting", "", "", "", "", "");
        return await Consoles.LiveProgress(stderr).Live(table).StartAsync(async context =>
        {
            var run = work(progress);
            while (!run.IsCompleted)
            {
                await Task.WhenAny(run, Task.Delay(LiveRefresh, time));
                if (progress.Latest is { } latest)
                {
                    table.UpdateCell(0, 0, Point(latest)).UpdateCell(0, 1, Eta(latest, eta)).UpdateCell(0, 2, Phase(latest).EscapeMarkup()).UpdateCell(0, 3, Text(latest.Step))
                        .UpdateCell(0, 4, NumberText.Format(latest.MeanAdopters)).UpdateCell(0, 5, Text(latest.ExposuresPerSecond)).UpdateCell(0, 6, Text(latest.ActiveReplicates)).UpdateCell(0, 7, Seconds(latest.Elapsed));
                }

                context.Refresh();
            }

            return await run;
        });
    }

    /// <summary>The phase, with how many nodes have joined while activating, in all and on each silo.</summary>
    private static string Phase(RunProgress p) =>
        p.Phase == "activation" && p.Nodes > 0
            ? $"activation ({Text(p.Joined)} of {Text(p.Nodes)} nodes; {string.Join(", ", p.JoinedBySilo.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"silo {s.Key}: {Text(s.Value)}"))})"
            : p.Phase;

    private static string Point(RunProgress p) => p.Points > 1 ? $"{p.Point + 1}/{p.Points}" : "";

    /// <summary>Time left in a sweep (blank for a single run, and until some work is done).</summary>
    private static string Eta(RunProgress p, EtaEstimator eta) =>
        p.Points > 1 && eta.Observe(p.ShareDone) is { } left ? Seconds(left) : "";

    private static string Text(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";
}
