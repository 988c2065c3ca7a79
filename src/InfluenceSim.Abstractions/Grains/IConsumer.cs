using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Abstractions.Grains;

/// <summary>The consumer role: a node receives everything addressed to it at one step, in every replicate, in one delivery.</summary>
public interface IConsumer : IGrainWithIntegerCompoundKey
{
    /// <summary>Delivers one step's mail; the node, as actor, decides and, as prescriber, answers with what it sends next.</summary>
    Task<StepReport> Receive(StepMail mail);
}
