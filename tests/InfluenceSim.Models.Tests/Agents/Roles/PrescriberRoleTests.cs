using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Tests.Agents.Roles;

public sealed class PrescriberRoleTests
{
    private static readonly (int, int)[] ToEveryOutTie = [(1, LetterKind.PositivePrescription), (2, LetterKind.PositivePrescription), (3, LetterKind.PositivePrescription)];

    [Fact]
    public void An_adopter_recommends_to_every_out_tie_while_its_window_lasts()
    {
        var block = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 1), ("prescribing-steps", 2)));
        IPrescriberRole prescriber = block;
        block.AdoptAsSeed(0, 0);

        Assert.Equal([true, true, false], [prescriber.PrescribesAt(0, 0, 0), prescriber.PrescribesAt(0, 0, 1), prescriber.PrescribesAt(0, 0, 2)]);
        var outbox = Prescribed(prescriber, 0, step: 1);
        Assert.Equal(ToEveryOutTie, outbox.Mail);
        Assert.Equal((true, 3, 3, 0, 0), (outbox.Prescriber, outbox.Prescriptions, outbox.Landed, outbox.Negative, outbox.Suppressed));
        Assert.True(Prescribed(prescriber, 0, step: 2).IsEmpty);
    }

    [Fact]
    public void A_node_sends_what_its_actor_shows_and_its_prescriber_recommends_and_asks_for_a_visit_while_its_window_lasts()
    {
        var block = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 1), ("prescribing-steps", 2)));
        block.AdoptAsSeed(0, 0);
        var outbox = new Outbox();

        block.Send(0, 0, 0, outbox);
        Assert.Equal(ToEveryOutTie, outbox.Mail);
        Assert.Equal((0, 3, true), (outbox.SocialProof, outbox.Prescriptions, outbox.Revisit));
        block.Send(0, 0, 1, outbox);
        Assert.Equal((3, false), (outbox.Prescriptions, outbox.Revisit));
        block.Send(0, 0, 2, outbox);
        Assert.True(outbox.IsEmpty);
    }

    [Fact]
    public void A_prescription_of_probability_0_is_counted_but_never_lands()
    {
        var block = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 0)));
        block.AdoptAsSeed(0, 0);

        var outbox = Prescribed(block, 0, step: 0);

        Assert.Empty(outbox.Mail);
        Assert.Equal((3, 0), (outbox.Prescriptions, outbox.Landed));
    }

    [Fact]
    public void A_brand_suppressing_every_prescription_leaves_none_to_land()
    {
        var block = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 1)), new WordOfMouthSettings([], BrandStance.Suppress, 1));
        block.AdoptAsSeed(0, 0);

        var outbox = Prescribed(block, 0, step: 0);

        Assert.Empty(outbox.Mail);
        Assert.Equal((true, 0, 3), (outbox.Prescriber, outbox.Prescriptions, outbox.Suppressed));
    }

    [Fact]
    public void A_brand_relaying_everything_relays_a_satisfied_prescriber_while_it_prescribes()
    {
        var block = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 1)), new WordOfMouthSettings([], BrandStance.Relay, 1));
        block.AdoptAsSeed(0, 0);

        var outbox = Prescribed(block, 0, step: 0);
        Assert.True(outbox.Relayed);
        Assert.Equal(ToEveryOutTie, outbox.Mail);
        Assert.False(Prescribed(block, 0, step: 1).Relayed);
    }

    [Fact]
    public void An_undecided_node_recommends_nothing()
    {
        IPrescriberRole prescriber = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 1)));

        Assert.False(prescriber.PrescribesAt(3, 0, 1));
        Assert.True(Prescribed(prescriber, 3, step: 1).IsEmpty);
    }

    [Fact]
    public void Each_prescription_lands_by_its_own_coin_in_tie_order_however_many_ties_the_prescriber_has()
    {
        int[] targets = [.. Enumerable.Range(0, 21).Select(i => 1 + (i * 7_919))];
        var block = new AdoptionModel(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 0.5)), PopulationSettings.Default, WordOfMouthSettings.Neutral)
            .CreateBlock(0, new NodeTies(targets, null, [], null), new Draws(7), FixedValueTable.None, replicates: 1, firstReplicate: 0);
        block.AdoptAsSeed(0, 0);

        var outbox = Prescribed(block, 0, step: 0);

        (int, int)[] landed = [.. targets.Where(t => new Draws(7).Draw(DrawPurpose.Prescribe, 0, 0, 0, t) < 0.5).Select(t => (t, LetterKind.PositivePrescription))];
        Assert.InRange(landed.Length, 1, targets.Length - 1);
        Assert.Equal(landed, outbox.Mail);
        Assert.Equal((21, landed.Length), (outbox.Prescriptions, outbox.Landed));
    }

    private static Outbox Prescribed(IPrescriberRole prescriber, int index, int step)
    {
        var outbox = new Outbox();
        prescriber.Prescribe(index, 0, step, outbox);
        return outbox;
    }
}
