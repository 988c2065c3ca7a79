using InfluenceSim.Models.Market;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>The nodes table: its columns, a row per replicate and node, causes spelt out, and the key columns of a grouped run.</summary>
public sealed class NodesCsvTests
{
    private static readonly NodeRecord Seed = new(0, 0, 0, AdoptionCause.Seed, -1, 0, 0, -1, false, 0, 0, 0, 0, 4, 1);
    private static readonly NodeRecord Converted = new(0, 1, 1, AdoptionCause.Prescription, 0, 0, 1, -1, true, 0, 1, 0, 2, 3, 0);
    private static readonly NodeRecord Rejecter = new(0, 2, -1, null, -1, -1, 0, 2, false, 1, 2, 2, 0, 0, 0);

    [Fact]
    public void Writes_one_row_per_node_with_its_cause_spelt_out()
    {
        var result = Fixtures.TwoReplicates() with { NodeRecords = [Seed, Converted, Rejecter] };

        Assert.Equal(
            NodesCsv.Header + "\n" +
            "0,0,0,seed,-1,0,0,-1,0,0,0,0,0,4,1\n" +
            "0,1,1,prescription,0,0,1,-1,1,0,1,0,2,3,0\n" +
            "0,2,-1,none,-1,-1,0,2,0,1,2,2,0,0,0\n",
            NodesCsv.Format(result));
    }

    [Fact]
    public void The_header_names_the_columns_and_every_cause_has_its_name()
    {
        var table = NodesCsv.Table(Fixtures.TwoReplicates());

        Assert.Equal("nodes", table.Name);
        Assert.Equal(NodesCsv.Header.Split(','), table.Columns.Select(c => c.Name));
        Assert.Equal(["seed", "broadcast", "prescription", "social-proof"], Enum.GetValues<AdoptionCause>().Select(c => EventNames.Of(c)));
        Assert.Equal("none", EventNames.Of((AdoptionCause?)null));
    }

    [Fact]
    public void Rows_of_a_keyed_run_carry_their_groups_keys()
    {
        var result = KeyedRun.Result() with { Events = [], NodeRecords = [Seed with { Group = 1 }, Seed] };

        Assert.Equal(
            NodesCsv.Header + ",seeding.strategy,model.probability,network.path\n" +
            "0,0,0,seed,-1,0,0,-1,0,0,0,0,0,4,1,random,0.10,\n" +
            "0,0,0,seed,-1,0,0,-1,0,0,0,0,0,4,1,top-degree,0.2,ties.csv\n",
            NodesCsv.Format(result));
    }
}
