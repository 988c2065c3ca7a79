using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;
using InfluenceSim.Networks;

namespace InfluenceSim.Models.Tests.Agents;

/// <summary>
/// A model in a market over part of a network: the block covers nodes <see cref="First"/> .. +
/// <see cref="Count"/> - 1 and replicates <see cref="FirstReplicate"/> .. + <see cref="Lanes"/> - 1;
/// <see cref="Exercised"/> names what its random mail must make happen (see <see cref="MailRun"/>).
/// </summary>
internal sealed record BlockScenario(
    string Name,
    ModelSettings Model,
    PopulationSettings Population,
    WordOfMouthSettings WordOfMouth,
    NodeAttributeValues Attributes,
    Network Network,
    int First,
    int Count,
    int FirstReplicate,
    int Lanes,
    IReadOnlySet<string> Exercised)
{
    public AdoptionModel Adoption => new(Model, Population, WordOfMouth);

    public override string ToString() => Name;
}
