using System.Globalization;
using InfluenceSim.Engine.Running;
using Spectre.Console;

namespace InfluenceSim.Cli.Display;

/// <summary>
/// Shows a run's progress: a live table on a terminal (sweep point and ETA, phase, step, adopters,
/// exposures/s, elapsed), or a plain line every few seconds when the output is redirected.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan LiveRefresh = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);

    public static Task<T> RunAsync<T>(Func<IProgress<RunProgress>, Task<T>> work)
    {
        var progress = new LatestProgress();
        bool terminal = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        return terminal ? LiveAsync(work, progress) : PlainAsync(work, progress);
    }

    private static async Task<T> LiveAsync<T>(Func<IProgress<RunProgress>, Task<T>> work, LatestProgress progress)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var table = new Table().AddColumns("point", "ETA", "phase", "step", "adopters", "exposures/s", "active replicates", "elapsed");
        table.AddRow("", "", "starting", "", "", "", "", "");
        return await AnsiConsole.Live(table).StartAsync(async context =>
        {
            var run = work(progress);
            while (!run.IsCompleted)
            {
                await Task.WhenAny(run, Task.Delay(LiveRefresh));
                if (progress.Latest is { } latest)
                {
                    table.UpdateCell(0, 0, Point(latest)).UpdateCell(0, 1, Eta(latest, clock.Elapsed)).UpdateCell(0, 2, Phase(latest)).UpdateCell(0, 3, Text(latest.Step))
                        .UpdateCell(0, 4, Text(latest.Adopters)).UpdateCell(0, 5, Text(latest.ExposuresPerSecond)).UpdateCell(0, 6, Text(latest.ActiveReplicates)).UpdateCell(0, 7, Elapsed(latest.Elapsed));
                }

                context.Refresh();
            }

            return await run;
        });
    }

    private static async Task<T> PlainAsync<T>(Func<IProgress<RunProgress>, Task<T>> work, LatestProgress progress)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = work(progress);
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(PlainEvery));
            if (!run.IsCompleted && progress.Latest is { } latest)
            {
                Console.WriteLine(Line(latest, clock.Elapsed));
            }
        }

        return await run;
    }

    private static string Line(RunProgress p, TimeSpan sinceStart) =>
        $"{(p.Points > 1 ? $"point {Point(p)}, ETA {Eta(p, sinceStart)}, " : "")}{Phase(p)}: step {Text(p.Step)}, adopters {Text(p.Adopters)}, exposures/s {Text(p.ExposuresPerSecond)}, active replicates {Text(p.ActiveReplicates)}, elapsed {Elapsed(p.Elapsed)}";

    /// <summary>The phase, with how many nodes have joined while activating, in all and on each silo.</summary>
    private static string Phase(RunProgress p) =>
        p.Phase == "activation" && p.Nodes > 0
            ? $"activation ({Text(p.Joined)} of {Text(p.Nodes)} nodes; {string.Join(", ", p.JoinedBySilo.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"silo {s.Key}: {Text(s.Value)}"))})"
            : p.Phase;

    private static string Point(RunProgress p) => p.Points > 1 ? $"{p.Point + 1}/{p.Points}" : "";

    /// <summary>Time left in a sweep: the time per finished point so far, times the points left (blank until one has finished).</summary>
    private static string Eta(RunProgress p, TimeSpan sinceStart) =>
        p.Points > 1 && p.Point > 0 ? Elapsed(sinceStart * (p.Points - p.Point) / p.Point) : "";

    private static string Text(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Elapsed(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";
}
