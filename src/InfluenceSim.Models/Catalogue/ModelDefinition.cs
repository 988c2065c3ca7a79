using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Models.Catalogue;

/// <summary>
/// One model, owning itself: its descriptor (kind, rule, roles, parameters with ranges and
/// defaults), the agents it builds and its answers to the engine's questions. The built-in models
/// are listed in <see cref="ModelCatalogue"/>; a program adds its own to a <see cref="ModelRegistry"/>
/// (docs/extending.md).
/// </summary>
public abstract class ModelDefinition
{
    /// <summary>What <c>influencesim models</c> prints and the scenario validator checks against.</summary>
    public abstract ModelDescriptor Descriptor { get; }

    /// <summary>The name a scenario gives under <c>model.kind</c>.</summary>
    public string Kind => Descriptor.Kind;

    /// <summary>Whether agents need their in-ties (their hosts leave them out otherwise).</summary>
    public virtual bool NeedsInTies => false;

    /// <summary>Whether the model stores a probability per directed tie (sent with each node's out-ties).</summary>
    public virtual bool HasTieProbabilities => false;

    /// <summary>
    /// The agents of a block of nodes configured by <paramref name="settings"/> (every parameter
    /// filled in): node index 0 is <paramref name="firstNode"/>, over the replicates
    /// <paramref name="firstReplicate"/> .. + <paramref name="replicates"/> - 1.
    /// </summary>
    public abstract AgentBlock CreateBlock(ModelSettings settings, AgentContext context, int firstNode, int replicates, int firstReplicate);

    /// <summary>Whether parameter <paramref name="key"/> may also name a per-tie rule (<see cref="TieProbabilities.Names"/>).</summary>
    public virtual bool TakesTieRule(string key) => false;

    /// <summary>Whether some node may act at step 1 although nothing reached it (the engine then visits every such node).</summary>
    public virtual bool MayActWithoutMail(ModelSettings settings, PopulationSettings population, NodeAttributeValues attributes) => false;

    /// <summary>Whether <paramref name="node"/> must be visited at <paramref name="step"/> of a replicate without mail (asked only when <see cref="MayActWithoutMail"/>).</summary>
    public virtual bool ActsWithoutMail(PopulationTraits traits, NodeFixedValues fixedValues, int replicate, int step, int node, int inDegree) => false;

    /// <summary>How greedy seeding estimates spread under <paramref name="settings"/>, or null when it cannot.</summary>
    public virtual GreedyEstimate? Greedy(ModelSettings settings) => null;

    public override string ToString() => Kind;
}
