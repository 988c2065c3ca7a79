using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;

namespace InfluenceSim.Extending.Tests.Fashion;

/// <summary>
/// A model written outside InfluenceSim.Models (docs/extending.md): a node follows a fashion while
/// it is neither unknown nor common among its ties, adopting when the share of its in-ties that
/// have adopted lies inside the window [low, high].
/// </summary>
public sealed class FashionModel : ModelDefinition
{
    public const string Name = "fashion";

    public override ModelDescriptor Descriptor { get; } = new(
        Name,
        "v adopts at step t when at least one of its in-ties had adopted by the end of step t-1 and the share of its in-ties adopted by then lies in [low, high] (credited to the lowest-id in-tie that adopted at t-1); once the share passes high the fashion is over for v. Broadcasts do not act.",
        ["susceptible", "adopted"],
        [ModelRole.Consumer, ModelRole.Actor],
        [
            new("low", ParameterKind.Number, 0, 1, 0.2, "the least share of adopted in-ties at which v adopts"),
            new("high", ParameterKind.Number, 0, 1, 0.5, "the greatest share of adopted in-ties at which v still adopts"),
        ]);

    /// <summary>The share needs each node's in-degree, which the hosts send with its in-ties.</summary>
    public override bool NeedsInTies => true;

    public override AgentBlock CreateBlock(ModelSettings settings, AgentContext context, int firstNode, int replicates, int firstReplicate) =>
        new FashionAgent(context, firstNode, replicates, firstReplicate, settings.Number("low"), settings.Number("high"));
}
