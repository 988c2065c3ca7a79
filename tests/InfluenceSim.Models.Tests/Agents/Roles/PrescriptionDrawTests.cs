using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Tests.Agents.Roles;

/// <summary>The prescriptions that land are those whose documented draw is below the threshold, whatever the row's length (vectors of eight ties, their remainder, one tie alone).</summary>
public sealed class PrescriptionDrawTests
{
    public static TheoryData<int> Degrees { get; } = [.. Enumerable.Range(0, 26)];

    [Theory]
    [MemberData(nameof(Degrees))]
    public void A_seed_s_landed_prescriptions_are_its_ties_whose_draw_is_below_the_probability(int degree)
    {
        const double probability = 0.5;
        var draws = new Draws(13);
        var block = new AdoptionModel(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", probability)), PopulationSettings.Default, WordOfMouthSettings.Neutral)
            .CreateBlock(0, Star(degree), draws, FixedValueTable.None, replicates: 2, firstReplicate: 0);
        block.AdoptAsSeed(0, 1);
        var outbox = new Outbox();

        block.Send(0, 1, 0, outbox);

        ulong prefix = draws.Prefix(DrawPurpose.Prescribe, 1, 0, 0);
        var expected = Targets(degree).Where(target => Draws.DrawAfter(prefix, target) < probability).Select(target => (target, LetterKind.PositivePrescription)).ToList();
        Assert.Equal(expected, outbox.Mail);
        Assert.Equal((degree, expected.Count), (outbox.Prescriptions, outbox.Landed));
    }

    /// <summary>Node 0's out-ties, to ids far apart (so a lane read from the wrong tie would draw another number).</summary>
    private static int[] Targets(int degree) => [.. Enumerable.Range(1, degree).Select(i => i * 7_919)];

    /// <summary>Node 0 with <paramref name="degree"/> out-ties; the block's other node has none.</summary>
    private static NodeTies Star(int degree) => new(
        2,
        new[] { 0, degree, degree },
        Targets(degree),
        ReadOnlyMemory<double>.Empty,
        new[] { 0, 0, 0 },
        Array.Empty<int>(),
        ReadOnlyMemory<double>.Empty);
}
