namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What a node did at one step: its adoptions, the replicates in which it rejected the product,
/// one sending per replicate in which it sent or asked for anything with every sending's letters
/// one after another in <see cref="Letters"/>, and (null unless recorded) the letters it received,
/// each with its outcome. Flat, so a report is a handful of arrays whatever the node sends, and
/// reusable: the node fills a report its partition lends it, the partition reads it and
/// <see cref="Clear"/>s it for another node (docs/architecture.md "Hostings"). Nothing changes it
/// between the node's answer and its reading, so a local call passes it as it is; between silos it
/// travels as a <see cref="StepReportSurrogate"/>, only the filled part of each array.
/// </summary>
[Immutable, Alias("influencesim.step-report")]
public sealed class StepReport
{
    /// <summary>A sending's flag: the node prescribed at this step.</summary>
    public const int PrescriberFlag = 1;

    /// <summary>A sending's flag: the brand relayed the node's word at this step.</summary>
    public const int RelayedFlag = 2;

    /// <summary>A sending's flag: the node must be visited at the next step.</summary>
    public const int RevisitFlag = 4;

    private NodeAdoption[] _adoptions = [];
    private int _adoptionCount;
    private int[] _rejections = [];
    private int _rejectionCount;
    private NodeSending[] _sendings = [];
    private int _sendingCount;
    private Addressed[] _letters = [];
    private int _letterCount;

    /// <summary>The node's adoptions, one per replicate in which it adopted.</summary>
    public ReadOnlySpan<NodeAdoption> Adoptions => _adoptions.AsSpan(0, _adoptionCount);

    /// <summary>The replicates in which the node rejected the product.</summary>
    public ReadOnlySpan<int> Rejections => _rejections.AsSpan(0, _rejectionCount);

    /// <summary>The node's sendings, one per replicate in which it sent or asked for anything.</summary>
    public ReadOnlySpan<NodeSending> Sendings => _sendings.AsSpan(0, _sendingCount);

    /// <summary>Every sending's letters, in the order of <see cref="Sendings"/>.</summary>
    public ReadOnlySpan<Addressed> Letters => _letters.AsSpan(0, _letterCount);

    /// <summary>The letters the node received, each with its outcome; null unless the run records them.</summary>
    public ReceivedEvents? Events { get; set; }

    /// <summary>Adds an adoption.</summary>
    public void Add(NodeAdoption adoption) => Append(ref _adoptions, ref _adoptionCount, 1)[0] = adoption;

    /// <summary>Adds a rejection in <paramref name="replicate"/>.</summary>
    public void Reject(int replicate) => Append(ref _rejections, ref _rejectionCount, 1)[0] = replicate;

    /// <summary>Adds <paramref name="sending"/> and answers the room for its <see cref="NodeSending.Letters"/> letters, to be filled.</summary>
    public Span<Addressed> Add(NodeSending sending)
    {
        Append(ref _sendings, ref _sendingCount, 1)[0] = sending;
        return Append(ref _letters, ref _letterCount, sending.Letters);
    }

    /// <summary>Empties the report for another node's step, keeping its arrays.</summary>
    public void Clear()
    {
        (_adoptionCount, _rejectionCount, _sendingCount, _letterCount) = (0, 0, 0, 0);
        Events = null;
    }

    /// <summary>A report holding <paramref name="surrogate"/>'s arrays.</summary>
    internal static StepReport From(StepReportSurrogate surrogate) => new()
    {
        _adoptions = surrogate.Adoptions, _adoptionCount = surrogate.Adoptions.Length,
        _rejections = surrogate.Rejections, _rejectionCount = surrogate.Rejections.Length,
        _sendings = surrogate.Sendings, _sendingCount = surrogate.Sendings.Length,
        _letters = surrogate.Letters, _letterCount = surrogate.Letters.Length,
        Events = surrogate.Events,
    };

    private static Span<T> Append<T>(ref T[] items, ref int count, int added)
    {
        if (items.Length < count + added)
        {
            Array.Resize(ref items, Math.Max(count + added, Math.Max(4, items.Length * 2)));
        }

        count += added;
        return items.AsSpan(count - added, added);
    }
}
