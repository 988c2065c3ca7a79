namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What a node did at one step: its adoptions, the replicates in which it rejected the product,
/// one sending per replicate in which it sent or asked for anything, and (null unless recorded)
/// the letters it received, each with its outcome.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.step-report")]
public sealed record StepReport(
    [property: Id(0)] NodeAdoption[] Adoptions, [property: Id(1)] int[] Rejections,
    [property: Id(2)] NodeSending[] Sendings, [property: Id(3)] ReceivedEvents? Events)
{
    /// <summary>A sending's flag: the node prescribed at this step.</summary>
    public const int PrescriberFlag = 1;

    /// <summary>A sending's flag: the brand relayed the node's word at this step.</summary>
    public const int RelayedFlag = 2;

    /// <summary>A sending's flag: the node must be visited at the next step.</summary>
    public const int RevisitFlag = 4;
}
