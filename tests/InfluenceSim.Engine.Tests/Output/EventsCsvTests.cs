using InfluenceSim.Models.Market;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>The events table: its columns and row order, the names of kinds, valences and outcomes, and the key columns of a grouped run.</summary>
public sealed class EventsCsvTests
{
    [Fact]
    public void Writes_one_row_per_event_in_the_streams_order()
    {
        Assert.Equal(
            "replicate,step,from,to,kind,valence,outcome\n" +
            "0,1,0,1,social-proof,positive,converted\n" +
            "0,1,0,2,prescription,negative,averted\n" +
            "0,2,1,3,broadcast,positive,ignored\n",
            EventsCsv.Format(Fixtures.WithEvents()));
    }

    [Fact]
    public void Events_of_a_keyed_run_carry_their_groups_keys_groups_in_order()
    {
        Assert.Equal(
            "replicate,step,from,to,kind,valence,outcome,seeding.strategy,model.probability,network.path\n" +
            "0,1,2,3,social-proof,positive,none,random,0.10,\n" +
            "1,1,0,3,broadcast,negative,rejected,random,0.10,\n" +
            "0,1,1,0,prescription,positive,converted,top-degree,0.2,ties.csv\n",
            EventsCsv.Format(KeyedRun.Result()));
    }

    [Fact]
    public void Every_kind_valence_and_outcome_has_its_name()
    {
        Assert.Equal(["social-proof", "prescription", "broadcast"], Enum.GetValues<MessageKind>().Select(EventNames.Of));
        Assert.Equal(["positive", "negative"], Enum.GetValues<Valence>().Select(EventNames.Of));
        Assert.Equal(
            ["converted", "adopted", "none", "averted", "rejected", "ignored"],
            Enum.GetValues<MessageOutcome>().Select(EventNames.Of));
    }

    [Fact]
    public void The_header_constant_names_the_tables_columns_and_a_run_without_events_is_the_header_alone()
    {
        var table = EventsCsv.Table(Fixtures.TwoReplicates());

        Assert.Equal(EventsCsv.Header.Split(','), table.Columns.Select(c => c.Name));
        Assert.Equal("events", table.Name);
        Assert.Equal(EventsCsv.Header + "\n", EventsCsv.Format(Fixtures.TwoReplicates()));
    }

    [Fact]
    public void An_event_of_a_group_without_replicates_is_refused()
    {
        var stray = new InteractionEvent(0, 1, 0, 1, MessageKind.SocialProof, Valence.Positive, MessageOutcome.None) { Group = 5 };

        var e = Assert.Throws<ArgumentException>(() => EventsCsv.Format(Fixtures.TwoReplicates() with { Events = [stray] }));

        Assert.Contains("group 5", e.Message, StringComparison.Ordinal);
    }
}
