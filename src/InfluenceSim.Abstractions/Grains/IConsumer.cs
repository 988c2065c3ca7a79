using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Abstractions.Grains;

/// <summary>
/// The consumer role of a node grain (docs/architecture.md "Roles"): its partition delivers what
/// reached it at a step (the brand's broadcasts, its ties' prescriptions, the visible choices of
/// its in-ties), every replicate in one delivery.
/// </summary>
public interface IConsumer : IGrainWithIntegerCompoundKey
{
    /// <summary>
    /// Delivers one step's mail; the answer is what came of it: the node's choices as actor and what
    /// it sends, as actor (its visible adoption) and as prescriber (its recommendations).
    /// </summary>
    ValueTask<StepReport> Receive(StepMail mail);
}
