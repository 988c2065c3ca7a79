using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Market;

/// <summary>
/// Resolves a node's traits and segment in a replicate (docs/models.md "Population"): the network
/// file's value, else the segment's, else the population's, else the default, a distribution drawn
/// with <c>draw(TRAIT, r, 0, node, trait number)</c> and clipped to [0, 1].
/// </summary>
public sealed class PopulationTraits(PopulationSettings population, Distribution? modelThreshold, Draws draws)
{
    private static readonly Distribution One = Distribution.Constant(1);

    private readonly double[] _constants = Constants(population, modelThreshold);

    /// <summary>The segment index of <paramref name="node"/> in <paramref name="replicate"/>, or -1 for none.</summary>
    public int SegmentOf(int replicate, int node, NodeFixedValues fixedValues) => SegmentOf(replicate, node, fixedValues.Segment);

    /// <summary>The value of <paramref name="trait"/> for <paramref name="node"/> in <paramref name="replicate"/>.</summary>
    public double Value(Trait trait, int replicate, int node, NodeFixedValues fixedValues) =>
        Value(trait, replicate, node, fixedValues.Traits?[(int)trait] ?? double.NaN, fixedValues.Segment);

    /// <summary>The value of <paramref name="trait"/> for <paramref name="node"/>, node <paramref name="index"/> of <paramref name="fixedValues"/>, in <paramref name="replicate"/>.</summary>
    public double Value(Trait trait, int replicate, int node, FixedValueTable fixedValues, int index) =>
        Value(trait, replicate, node, fixedValues.Trait(index, trait), fixedValues.Segment(index));

    /// <summary>Whether an adopter, <paramref name="node"/> with <paramref name="satisfaction"/> in <paramref name="replicate"/>, is dissatisfied: <c>draw(TRAIT, r, 0, node, 5) &gt;= satisfaction</c>.</summary>
    public bool Dissatisfied(int replicate, int node, double satisfaction) =>
        satisfaction < 1 && draws.Draw(DrawPurpose.Trait, replicate, 0, node, TraitNames.SatisfactionCoin) >= satisfaction;

    /// <summary>The value of <paramref name="trait"/> when it is the same for every node of <paramref name="fixedValues"/> in every replicate (no file column for it, no segments, a constant source), else NaN: a block asks once instead of per node.</summary>
    public double SameForEvery(Trait trait, FixedValueTable fixedValues) =>
        fixedValues.HasColumn(trait) ? double.NaN : _constants[(int)trait];

    private int SegmentOf(int replicate, int node, int fixedSegment)
    {
        if (fixedSegment >= 0)
        {
            return fixedSegment;
        }

        var segments = population.Segments;
        if (segments.Count == 0)
        {
            return -1;
        }

        double u = draws.Draw(DrawPurpose.Trait, replicate, 0, node, TraitNames.SegmentDraw);
        double bound = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            bound += segments[i].Share;
            if (u < bound)
            {
                return i;
            }
        }

        return -1;
    }

    private double Value(Trait trait, int replicate, int node, double fixedValue, int fixedSegment) =>
        !double.IsNaN(fixedValue) ? fixedValue
        : !double.IsNaN(_constants[(int)trait]) ? _constants[(int)trait]
        : Sample(SourceOf(trait, replicate, node, fixedSegment), draws, replicate, node, trait);

    /// <summary>Per trait, the value every node without a file value has (no segments, a constant distribution: what <see cref="Sample"/> gives), else NaN.</summary>
    private static double[] Constants(PopulationSettings population, Distribution? modelThreshold)
    {
        var constants = new double[TraitNames.All.Count];
        Array.Fill(constants, double.NaN);
        if (population.Segments.Count > 0)
        {
            return constants;
        }

        for (int trait = 0; trait < constants.Length; trait++)
        {
            var source = GeneralSource(population, modelThreshold, (Trait)trait);
            if (source.IsConstant)
            {
                constants[trait] = Math.Clamp(source.First, 0, 1);
            }
        }

        return constants;
    }

    /// <summary>A trait value from <paramref name="distribution"/>: a constant as it is, else drawn with <c>draw(TRAIT, r, 0, node, trait)</c>; clipped to [0, 1].</summary>
    public static double Sample(Distribution distribution, Draws draws, int replicate, int node, Trait trait) =>
        distribution.IsConstant
            ? Math.Clamp(distribution.First, 0, 1)
            : distribution.Sample(draws.Draw(DrawPurpose.Trait, replicate, 0, node, (int)trait), 0, 1);

    private Distribution SourceOf(Trait trait, int replicate, int node, int fixedSegment)
    {
        if (population.Segments.Count > 0)
        {
            int segment = SegmentOf(replicate, node, fixedSegment);
            if (segment >= 0 && population.Segments[segment].Traits.TryGetValue(trait, out var inSegment))
            {
                return inSegment;
            }
        }

        return GeneralSource(population, modelThreshold, trait);
    }

    /// <summary>The source of <paramref name="trait"/> outside any segment: the population's, else the model's threshold for threshold, else 1.</summary>
    private static Distribution GeneralSource(PopulationSettings population, Distribution? modelThreshold, Trait trait) =>
        population.Traits.TryGetValue(trait, out var general) ? general
        : trait == Trait.Threshold ? modelThreshold ?? One
        : One;
}
