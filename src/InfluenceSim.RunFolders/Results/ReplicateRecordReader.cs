namespace InfluenceSim.RunFolders.Results;

/// <summary>
/// Reads the rows of a <c>runs.csv</c> (docs/output.md) as <see cref="ReplicateRecord"/>s: <c>replicate</c>, <c>adopters</c>,
/// <c>adopted_fraction</c>, <c>steps</c> and <c>exposures</c>, then the attribution columns (<c>rejected</c>,
/// <c>word_of_mouth_share</c>, <c>broadcast_share</c>, <c>cascade_depth</c>) and how each replicate ended (<c>ended_by</c>),
/// each when the file has it: an older folder reads as zeros there and its replicates as ended quiet.
/// </summary>
public sealed class ReplicateRecordReader
{
    /// <summary>The columns every <c>runs.csv</c> has.</summary>
    public static readonly IReadOnlyList<string> Columns = ["replicate", "adopters", "adopted_fraction", "steps", "exposures"];

    private readonly RunFolderTable runs;
    private readonly int replicate;
    private readonly int adopters;
    private readonly int fraction;
    private readonly int steps;
    private readonly int exposures;
    private readonly int? rejected;
    private readonly int? wordOfMouth;
    private readonly int? broadcast;
    private readonly int? depth;
    private readonly int? endedBy;

    /// <summary>A reader of <paramref name="runs"/>; a <see cref="RunFolderException"/> naming every one of <see cref="Columns"/> it lacks.</summary>
    public ReplicateRecordReader(RunFolderTable runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        runs.Require(Columns);
        this.runs = runs;
        replicate = runs.IndexOf("replicate");
        adopters = runs.IndexOf("adopters");
        fraction = runs.IndexOf("adopted_fraction");
        steps = runs.IndexOf("steps");
        exposures = runs.IndexOf("exposures");
        rejected = runs.Find("rejected");
        wordOfMouth = runs.Find("word_of_mouth_share");
        broadcast = runs.Find("broadcast_share");
        depth = runs.Find("cascade_depth");
        endedBy = runs.Find("ended_by");
    }

    /// <summary>The replicate number of row <paramref name="row"/>.</summary>
    public int Replicate(int row) => runs.Int32(row, replicate);

    /// <summary>Row <paramref name="row"/> as a record whose replicate has <paramref name="timeseries"/> as its time series.</summary>
    public ReplicateRecord Read(int row, IReadOnlyList<StepCounts> timeseries)
    {
        var result = new ReplicateResult(Replicate(row), timeseries, runs.Int64(row, adopters), runs.Int32(row, steps), runs.Int64(row, exposures))
        {
            Rejected = rejected is { } r ? runs.Int64(row, r) : 0,
            WordOfMouthShare = wordOfMouth is { } w ? runs.Real(row, w) : 0,
            BroadcastShare = broadcast is { } b ? runs.Real(row, b) : 0,
            CascadeDepth = depth is { } d ? runs.Int32(row, d) : 0,
            EndedBy = endedBy is { } e && runs.Text(row, e) == ReplicateEndings.MaxSteps ? ReplicateEnding.MaxSteps : ReplicateEnding.Quiet,
        };
        return new ReplicateRecord(result, runs.Real(row, fraction));
    }
}
