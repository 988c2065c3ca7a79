using InfluenceSim.Abstractions.Counting;

namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What one partition's nodes did at one step of one replicate, as integers the runner sums:
/// <c>Counts</c> by <see cref="StepMeasure"/> (the measures <see cref="StepMeasureInfo.Delivered"/>
/// count what the nodes sent at this step, for the next; <see cref="StepMeasure.Exposures"/> is
/// left 0 for the runner to form), how many nodes the brand relayed, and whether any node sent or
/// asked for anything.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.replicate-step")]
public sealed record ReplicateStep(
    [property: Id(0)] int Replicate, [property: Id(1)] long[] Counts,
    [property: Id(2)] int RelayedPosts, [property: Id(3)] bool PendingWork);
