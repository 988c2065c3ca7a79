using System.Text.RegularExpressions;

namespace InfluenceSim.RunFolders;

/// <summary>
/// The one life of a run folder NAME, for a single run and a sweep alike: the work in progress, checkpoint included, lives in
/// a hidden sibling <c>.NAME.partial-RANDOM</c> (same parent folder); once every file is in it, its checkpoint is dropped and
/// it is renamed to NAME, and only then is an old NAME deleted (docs/output.md).
/// </summary>
public sealed partial class RunFolderLifecycle
{
    private const string PartialKind = "partial";
    private const string AsideKind = "old";

    private readonly IReadOnlyList<string> _superseded;

    private RunFolderLifecycle(string named, string target, string partial, IReadOnlyList<string> superseded)
    {
        Named = named;
        Target = target;
        Partial = partial;
        _superseded = superseded;
    }

    /// <summary>The run folder as the user named it (messages use it).</summary>
    public string Named { get; }

    /// <summary>The run folder's absolute path, NAME.</summary>
    public string Target { get; }

    /// <summary>The hidden work folder, <c>.NAME.partial-RANDOM</c>.</summary>
    public string Partial { get; }

    /// <summary>The checkpoint in the work folder.</summary>
    public FolderCheckpoints Checkpoints => new(Partial);

    /// <summary>Whether the work folder holds every file of the run folder (its manifest, written last) and only waits to be renamed.</summary>
    public bool IsComplete => File.Exists(Path.Combine(Partial, RunFolderWriter.ManifestFile)) && !FolderCheckpoints.Exists(Partial);

    /// <summary>
    /// Starts a run whose folder will be <paramref name="directory"/>: checks the target (<see cref="RunFolderWriter.CheckTarget"/>, then that it can be written,
    /// with <paramref name="inputs"/> the files the run reads) and creates the work folder beside it. Without
    /// <paramref name="force"/>, an interrupted run of the same folder is refused (it can be resumed); with it, that run is
    /// deleted once the new folder is in place.
    /// </summary>
    /// <exception cref="RunFolderRefusedException">The target is refused.</exception>
    public static RunFolderLifecycle Begin(string directory, bool force, IReadOnlyCollection<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if ((RunFolderWriter.CheckTarget(directory, force, inputs) ?? WritableFolder.Problem(directory)) is { } problem)
        {
            throw new RunFolderRefusedException(problem);
        }

        string target = RunFolderWriter.FullPath(directory);
        string parent = Path.GetDirectoryName(target) ?? throw new RunFolderRefusedException($"cannot write a run folder at '{directory}'");
        var interrupted = Interrupted(target);
        if (interrupted.Count > 0 && !force)
        {
            throw new RunFolderRefusedException($"an interrupted run of '{directory}' is kept in '{interrupted[0]}': pass --force to start afresh (the interrupted run is deleted once the new folder is complete), or continue it with: {ToolCommand.Current} run --resume {ToolCommand.Argument(directory)}");
        }

        string partial = Path.Combine(parent, $".{Path.GetFileName(target)}.{PartialKind}-{AtomicFile.RandomSuffix()}");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(partial);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot create the run folder '{directory}' (its work folder '{partial}'): {e.Message}", e);
        }

        return new RunFolderLifecycle(directory, target, partial, interrupted);
    }

    /// <summary>
    /// The interrupted run that <c>run --resume PATH</c> continues: <paramref name="path"/> names the run folder (its hidden
    /// work folder is found beside it) or the work folder itself.
    /// </summary>
    /// <exception cref="RunFolderRefusedException">There is no such run, or more than one.</exception>
    public static RunFolderLifecycle Resume(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = RunFolderWriter.FullPath(path);
        if (SiblingName().Match(Path.GetFileName(full)) is { Success: true } own && own.Groups["kind"].Value == PartialKind && Directory.Exists(full))
        {
            string target = Path.Combine(Path.GetDirectoryName(full)!, own.Groups["name"].Value);
            return new RunFolderLifecycle(target, target, full, []);
        }

        var candidates = Siblings(full, PartialKind).Where(p => FolderCheckpoints.Exists(p) || File.Exists(Path.Combine(p, RunFolderWriter.ManifestFile))).ToList();
        if (candidates.Count == 1)
        {
            return new RunFolderLifecycle(path, full, candidates[0], []);
        }

        if (candidates.Count > 1)
        {
            throw new RunFolderRefusedException($"'{path}' has {candidates.Count} interrupted runs ({string.Join(", ", candidates.Select(c => $"'{c}'"))}); give the one to continue: {ToolCommand.Current} run --resume PARTIAL_FOLDER");
        }

        throw new RunFolderRefusedException(FolderCheckpoints.Exists(full)
            ? $"'{path}' holds a sweep interrupted by an older influencesim, which cannot be resumed; start it afresh with --force"
            : $"'{path}' has no interrupted run to resume (no hidden '.{Path.GetFileName(full)}.{PartialKind}-*' folder beside it with a {FolderCheckpoints.FolderName}/{FolderCheckpoints.PlanFile})");
    }

    /// <summary>
    /// Puts the complete work folder in place: drops its checkpoint, then renames it to <see cref="Target"/>. An existing
    /// target (checked again by <see cref="RunFolderWriter.CheckTarget"/>) is moved aside first and deleted only once the new
    /// folder is in place, then the interrupted runs this one superseded and any old folder a killed replacement left aside.
    /// </summary>
    public void Complete(bool force)
    {
        DeleteQuietly(Path.Combine(Partial, FolderCheckpoints.FolderName));
        CrashHook.At(CrashHook.BeforeRename);
        if (!Directory.Exists(Target))
        {
            Move(Partial, Target);
        }
        else
        {
            Replace(force);
        }

        foreach (string superseded in _superseded.Concat(Siblings(Target, AsideKind)))
        {
            DeleteQuietly(superseded);
        }
    }

    /// <summary>Deletes the work folder (a run that failed or was cancelled before it had anything worth keeping).</summary>
    public void Abandon() => DeleteQuietly(Partial);

    private void Replace(bool force)
    {
        if (RunFolderWriter.CheckTarget(Named, force) is { } problem)
        {
            throw new RunFolderRefusedException(problem);
        }

        string aside = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.{AsideKind}-{AtomicFile.RandomSuffix()}");
        Move(Target, aside);
        try
        {
            Move(Partial, Target);
        }
        catch
        {
            Directory.Move(aside, Target);
            throw;
        }

        DeleteQuietly(aside);
    }

    private void Move(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot put the run folder '{Named}' in place (moving '{from}' to '{to}'): {e.Message}", e);
        }
    }

    /// <summary>The work folders of interrupted runs of <paramref name="target"/> (those holding a checkpoint).</summary>
    private static List<string> Interrupted(string target) => [.. Siblings(target, PartialKind).Where(FolderCheckpoints.Exists)];

    /// <summary>The hidden siblings <c>.NAME.KIND-RANDOM</c> of <paramref name="target"/>: work folders (partial), or old folders moved aside (old).</summary>
    private static IEnumerable<string> Siblings(string target, string kind)
    {
        string? parent = Path.GetDirectoryName(target);
        string name = Path.GetFileName(target);
        return parent is null || !Directory.Exists(parent)
            ? []
            : Directory.EnumerateDirectories(parent, $".{name}.{kind}-*")
                .Where(p => SiblingName().Match(Path.GetFileName(p)) is { Success: true } m && m.Groups["name"].Value == name && m.Groups["kind"].Value == kind)
                .Order(StringComparer.Ordinal);
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.(?<kind>partial|old)-[0-9a-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex SiblingName();
}
