using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Tests.Agents;

/// <summary>A block given the state arrays an earlier block handed back starts from nothing adopted, whatever the earlier block did.</summary>
public sealed class LaneShelfTests
{
    [Fact]
    public void A_block_on_a_shelf_s_arrays_starts_with_every_node_unadopted_in_every_lane()
    {
        var scenario = BlockScenarios.All[0];
        var shelf = new LaneShelf();
        var first = Block(scenario, shelf, scenario.Lanes);
        for (int index = 0; index < first.NodeCount; index++)
        {
            Assert.True(first.AdoptAsSeed(index, scenario.FirstReplicate + scenario.Lanes - 1));
        }

        first.GiveBackLanes();
        var next = Block(scenario, shelf, scenario.Lanes - 1);

        for (int index = 0; index < next.NodeCount; index++)
        {
            for (int replicate = next.FirstReplicate; replicate < next.FirstReplicate + next.Replicates; replicate++)
            {
                Assert.Equal((NodeAgent.NotAdopted, NodeAgent.NoPrescriber, NodeAgent.NoPrescriber, 0), (next.AdoptedAt(index, replicate), next.CreditedTo(index, replicate), next.RootOf(index, replicate), next.DepthOf(index, replicate)));
            }

            Assert.True(next.AdoptAsSeed(index, next.FirstReplicate));
        }
    }

    private static AgentBlock Block(BlockScenario scenario, LaneShelf shelf, int lanes) =>
        scenario.Adoption.CreateBlock(scenario.First, NetworkTies.Range(scenario.Network, scenario.First, scenario.Count), new Draws(5), FixedValueTable.Of(scenario.Attributes, scenario.First), lanes, scenario.FirstReplicate, shelf);
}
