using System.Globalization;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.RunFolders;

/// <summary>
/// Writes a run folder (<c>manifest.json</c>, <c>runs.csv</c>, <c>timeseries.csv</c>, <c>summary.json</c>)
/// so that it appears complete or not at all.
/// </summary>
public static class RunFolderWriter
{
    public const string ManifestFile = "manifest.json";
    public const string SummaryFile = "summary.json";

    /// <summary>The default <c>--out</c>: <c>runs/NAME-yyyyMMdd-HHmmss</c> (UTC), relative to the current directory.</summary>
    public static string DefaultFolder(string scenarioName, DateTimeOffset now)
    {
        string stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return Path.Combine("runs", $"{scenarioName}-{stamp}");
    }

    /// <summary>
    /// The <c>--out</c> policy: null when a run folder may be written at <paramref name="directory"/>, else why not.
    /// A folder that is, or contains, one of <paramref name="inputs"/> (the files the run reads) is refused; a missing or empty
    /// folder is fine; a non-empty one needs <paramref name="force"/>, and even then it must be a run folder (it has a
    /// <c>manifest.json</c>) or an interrupted run's checkpoint, and the current directory, a folder that contains it and the
    /// home folder are refused; a file is always refused.
    /// </summary>
    public static string? CheckTarget(string directory, bool force, IReadOnlyCollection<string>? inputs = null)
    {
        string target = FullPath(directory);
        if (File.Exists(target))
        {
            return $"the output folder '{directory}' is a file";
        }

        for (string? parent = Path.GetDirectoryName(target); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return $"the output folder '{directory}' cannot be created: '{parent}' is a file";
            }
        }

        if (InputGuard.Overlap(directory, inputs ?? []) is { } input)
        {
            return $"the output folder '{directory}' {(FullPath(input) == target ? "is" : "contains")} '{input}', an input of this run; choose another --out";
        }

        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any())
        {
            return null;
        }

        if (!force)
        {
            return $"the output folder '{directory}' exists and is not empty; choose another --out or pass --force to replace it";
        }

        if (IsProtected(target))
        {
            return $"the output folder '{directory}' is the current directory, contains it or is the home folder; --force will not replace it";
        }

        return File.Exists(Path.Combine(target, ManifestFile)) || FolderCheckpoints.Exists(target)
            ? null
            : $"the output folder '{directory}' is not a run folder (it has no {ManifestFile}); --force replaces only run folders: choose another --out, or empty it first";
    }

    /// <summary>
    /// Writes the run folder at <paramref name="directory"/> through a <see cref="RunFolderLifecycle"/>: every file is first
    /// written into the hidden sibling <c>.NAME.partial-RANDOM</c>, each one atomically (<see cref="AtomicFile"/>); only when
    /// all of them are there is that folder renamed to <paramref name="directory"/>. With <see cref="RunFolderWriteOptions.Force"/>,
    /// an existing run folder is moved aside and deleted only after the new one is in place. On failure or cancellation the
    /// partial folder is deleted and nothing changes at <paramref name="directory"/>. See
    /// <see cref="WriteAsync(RunFolderLifecycle, Scenario, RunResult, RunFolderWriteOptions, CancellationToken)"/> for the files.
    /// </summary>
    /// <exception cref="IOException">The target is refused (<see cref="RunFolderRefusedException"/>), or a file operation failed.</exception>
    public static async Task<ManifestInfo> WriteAsync(string directory, Scenario scenario, RunResult result, RunFolderWriteOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = RunFolderLifecycle.Begin(directory, options.Force, []);
        try
        {
            return await WriteAsync(folder, scenario, result, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            folder.Abandon();
            throw;
        }
    }

    /// <summary>
    /// Writes every file of the run folder into the work folder of <paramref name="folder"/>, then completes it
    /// (<see cref="RunFolderLifecycle.Complete"/>). Each table (<c>runs</c>, <c>timeseries</c>, <c>events</c> when the
    /// scenario's interaction stream is on, <c>nodes</c> with <c>outputs: [nodes]</c>, the tables of
    /// <see cref="RunFolderWriteOptions.Extras"/>) is written as <see cref="RunFolderWriteOptions.Format"/> says:
    /// <c>NAME.csv</c>, <c>NAME.parquet</c> or both (<see cref="TableFiles"/>), its rows streamed from the run's records;
    /// the manifest, written last, records a format other than CSV. The writer measures its own phase: the manifest records
    /// <c>timings.output</c> as the seconds spent writing the other files and <c>ended_utc</c> as the moment they were done,
    /// replacing those fields of <see cref="RunFolderWriteOptions.Info"/>; the returned value is what the manifest records.
    /// On failure the work folder is left as it is.
    /// </summary>
    public static async Task<ManifestInfo> WriteAsync(RunFolderLifecycle folder, Scenario scenario, RunResult result, RunFolderWriteOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var clock = options.Time ?? TimeProvider.System;
        long started = clock.GetTimestamp();
        var (extras, format) = (options.Extras, options.Format);
        string partial = folder.Partial;
        await TableFiles.WriteAsync(partial, RunsCsv.Table(result, scenario.Seed), format, cancellationToken).ConfigureAwait(false);
        CrashHook.At(CrashHook.WritingTables);
        await TableFiles.WriteAsync(partial, TimeseriesCsv.Table(result), format, cancellationToken).ConfigureAwait(false);
        if (scenario.Events.Enabled)
        {
            await TableFiles.WriteAsync(partial, EventsCsv.Table(result), format, cancellationToken).ConfigureAwait(false);
        }

        if (scenario.RecordNodes)
        {
            await TableFiles.WriteAsync(partial, NodesCsv.Table(result), format, cancellationToken).ConfigureAwait(false);
        }

        await AtomicFile.WriteAllTextAsync(Path.Combine(partial, SummaryFile), Summary(result, extras), cancellationToken).ConfigureAwait(false);
        foreach (var table in extras?.Tables ?? [])
        {
            await TableFiles.WriteAsync(partial, table, format, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (name, text) in extras?.Files ?? [])
        {
            await TableFiles.WriteAsync(partial, name, text, format, cancellationToken).ConfigureAwait(false);
        }

        var recorded = options.Info with
        {
            EndedUtc = clock.GetUtcNow(),
            Timings = options.Info.Timings.WithOutput(clock.GetElapsedTime(started).TotalSeconds),
        };
        await AtomicFile.WriteAllTextAsync(Path.Combine(partial, ManifestFile), ManifestJson.Format(scenario, result, recorded, format), cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        folder.Complete(options.Force);
        return recorded;
    }

    private static string Summary(RunResult result, RunFolderExtras? extras)
    {
        var summary = SummaryJson.Build(extras?.SummaryOf ?? result);
        foreach (var (name, member) in extras?.SummaryMembers ?? [])
        {
            summary[name] = member;
        }

        return JsonText.Format(summary);
    }

    private static bool IsProtected(string target)
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return InputGuard.IsWithin(FullPath(Environment.CurrentDirectory), target)
            || (home.Length > 0 && FullPath(home).Equals(target, InputGuard.Comparison));
    }

    /// <summary>The absolute path of <paramref name="path"/>, without a trailing separator.</summary>
    internal static string FullPath(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
