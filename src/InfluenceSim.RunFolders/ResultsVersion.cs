namespace InfluenceSim.RunFolders;

/// <summary>
/// The version of the numbers this build computes, recorded in every manifest, checkpoint plan and point file. The project
/// bumps it whenever the same scenario would give other numbers (a change of draw keys, of a model's rule); finished work
/// of another version is never mixed with new work (docs/output.md).
/// </summary>
public static class ResultsVersion
{
    /// <summary>The results version of this build.</summary>
    public const int Current = 3;
}
