using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Analysis;

/// <summary>
/// The attribution columns of a <c>runs.csv</c> (<c>rejected</c>, <c>word_of_mouth_share</c>, <c>broadcast_share</c>, <c>cascade_depth</c>) and how
/// each replicate ended (<c>ended_by</c>), each read when the file has it.
/// </summary>
internal sealed class RunsAttribution
{
    private readonly RunFolderTable runs;
    private readonly int? rejected;
    private readonly int? wordOfMouth;
    private readonly int? broadcast;
    private readonly int? depth;
    private readonly int? endedBy;

    public RunsAttribution(RunFolderTable runs)
    {
        this.runs = runs;
        rejected = runs.Find("rejected");
        wordOfMouth = runs.Find("word_of_mouth_share");
        broadcast = runs.Find("broadcast_share");
        depth = runs.Find("cascade_depth");
        endedBy = runs.Find("ended_by");
    }

    /// <summary>The replicate with the row's attribution values and ending; a column the file lacks leaves its value 0 (its ending quiet).</summary>
    public ReplicateResult Read(int row, ReplicateResult replicate) => replicate with
    {
        Rejected = rejected is { } r ? runs.Int64(row, r) : 0,
        WordOfMouthShare = wordOfMouth is { } w ? runs.Real(row, w) : 0,
        BroadcastShare = broadcast is { } b ? runs.Real(row, b) : 0,
        CascadeDepth = depth is { } d ? runs.Int32(row, d) : 0,
        EndedBy = endedBy is { } e && runs.Text(row, e) == ReplicateEndings.MaxSteps ? ReplicateEnding.MaxSteps : ReplicateEnding.Quiet,
    };
}
