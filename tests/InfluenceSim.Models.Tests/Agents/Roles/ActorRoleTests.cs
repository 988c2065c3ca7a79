using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Models.Tests.Agents.Roles;

public sealed class ActorRoleTests
{
    [Fact]
    public void A_seed_adopts_once_at_step_0_as_the_root_of_its_own_cascade()
    {
        IActorRole actor = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.LinearThreshold, ("threshold", 0.5)));

        Assert.True(actor.AdoptAsSeed(0, 0));
        Assert.False(actor.AdoptAsSeed(0, 0));
        Assert.Equal((0, NodeAgent.NoPrescriber, 0, 0), (actor.AdoptedAt(0, 0), actor.CreditedTo(0, 0), actor.RootOf(0, 0), actor.DepthOf(0, 0)));
    }

    [Fact]
    public void An_adoption_is_visible_to_every_out_tie_at_its_step_and_only_then()
    {
        IActorRole actor = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.LinearThreshold, ("threshold", 0.5)));
        actor.AdoptAsSeed(0, 0);
        var atAdoption = new Outbox();
        var later = new Outbox();

        actor.Show(0, 0, 0, atAdoption);
        actor.Show(0, 0, 1, later);

        Assert.Equal([(1, LetterKind.SocialProof), (2, LetterKind.SocialProof), (3, LetterKind.SocialProof)], atAdoption.Mail);
        Assert.Equal(3, atAdoption.SocialProof);
        Assert.True(later.IsEmpty);
    }

    [Fact]
    public void A_model_that_reads_no_social_proof_shows_nothing()
    {
        IActorRole actor = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 1)));
        actor.AdoptAsSeed(0, 0);
        var outbox = new Outbox();

        actor.Show(0, 0, 0, outbox);

        Assert.True(outbox.IsEmpty);
    }

    [Fact]
    public void A_prescription_converts_credited_to_the_lowest_prescriber_one_step_deeper()
    {
        var block = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 1)));
        IActorRole actor = block;
        Letter[] letters = [new Letter(LetterKind.PositivePrescription, 1, 0, 1), new Letter(LetterKind.PositivePrescription, 2, 0, 1)];

        Assert.Equal(Verdict.Undecided, block.Receive(3, 0, 2, letters));
        Assert.Equal(new Decision(Verdict.Adopted, new Adoption(AdoptionCause.Prescription, 1, 0, 2, 0)), actor.Decide(3, 0, 2, letters));
        Assert.Equal((2, 1, 0, 2), (actor.AdoptedAt(3, 0), actor.CreditedTo(3, 0), actor.RootOf(3, 0), actor.DepthOf(3, 0)));
    }

    [Fact]
    public void Without_a_prescription_or_a_broadcast_an_independent_cascade_node_stays_undecided()
    {
        IActorRole actor = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 1)));

        Assert.Equal(Decision.Undecided, actor.Decide(3, 0, 1, [new Letter(LetterKind.SocialProof, 1, 0, 0)]));
        Assert.Equal(NodeAgent.NotAdopted, actor.AdoptedAt(3, 0));
    }
}
