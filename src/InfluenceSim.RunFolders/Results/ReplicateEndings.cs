namespace InfluenceSim.RunFolders.Results;

/// <summary>The names of <see cref="ReplicateEnding"/> in the tables: <c>quiet</c> and <c>max-steps</c>.</summary>
public static class ReplicateEndings
{
    /// <summary>The name of <see cref="ReplicateEnding.Quiet"/>.</summary>
    public const string Quiet = "quiet";

    /// <summary>The name of <see cref="ReplicateEnding.MaxSteps"/>.</summary>
    public const string MaxSteps = "max-steps";

    /// <summary>The column value of <paramref name="ending"/>.</summary>
    public static string Name(ReplicateEnding ending) => ending == ReplicateEnding.MaxSteps ? MaxSteps : Quiet;

    /// <summary>How many of <paramref name="replicates"/> were cut off at <c>max-steps</c>.</summary>
    public static int Censored(IEnumerable<ReplicateResult> replicates) => replicates.Count(r => r.EndedBy == ReplicateEnding.MaxSteps);
}
