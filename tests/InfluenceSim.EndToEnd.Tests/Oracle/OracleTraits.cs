using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// Every node's segment (-1: none) and five traits in one replicate: the node attribute, else its
/// segment's value, else <c>population.traits</c>, else the default (1; the model's threshold for
/// trait 0); a law is drawn with <c>u = draw(TRAIT, r, 0, v, trait)</c> and clipped to [0, 1].
/// </summary>
public sealed class OracleTraits
{
    private const int TraitCount = 5;

    private readonly int[] segments;
    private readonly double[][] values;

    private OracleTraits(int[] segments, double[][] values)
    {
        this.segments = segments;
        this.values = values;
    }

    public int Segment(int node) => segments[node];

    public double Value(Trait trait, int node) => values[(int)trait][node];

    public IReadOnlyList<double> Values(Trait trait) => values[(int)trait];

    public static OracleTraits Draw(int nodes, OracleModel model, PopulationSettings population, NodeAttributeValues attributes, OracleDraws draws, int replicate)
    {
        int[] segments = [.. Enumerable.Range(0, nodes).Select(v => SegmentOf(v, population, attributes, draws, replicate))];
        var values = new double[TraitCount][];
        for (int t = 0; t < TraitCount; t++)
        {
            values[t] = new double[nodes];
            for (int v = 0; v < nodes; v++)
            {
                values[t][v] = ValueOf((Trait)t, v, segments[v], model, population, attributes, draws, replicate);
            }
        }

        return new OracleTraits(segments, values);
    }

    private static int SegmentOf(int node, PopulationSettings population, NodeAttributeValues attributes, OracleDraws draws, int replicate)
    {
        if (attributes.Segments is { } fixedSegments && fixedSegments[node] >= 0)
        {
            return fixedSegments[node];
        }

        double u = draws.Draw(OracleDraws.Trait, replicate, 0, node, OracleDraws.SegmentDraw);
        double running = 0;
        for (int i = 0; i < population.Segments.Count; i++)
        {
            running += population.Segments[i].Share;
            if (u < running)
            {
                return i;
            }
        }

        return -1;
    }

    private static double ValueOf(Trait trait, int node, int segment, OracleModel model, PopulationSettings population, NodeAttributeValues attributes, OracleDraws draws, int replicate)
    {
        if (attributes.Traits.TryGetValue(trait, out double[]? fixedValues) && !double.IsNaN(fixedValues[node]))
        {
            return fixedValues[node];
        }

        OracleThreshold law = LawOf(trait, segment, model, population);
        return Math.Clamp(law.ValueFor(draws.Draw(OracleDraws.Trait, replicate, 0, node, (long)trait)), 0, 1);
    }

    private static OracleThreshold LawOf(Trait trait, int segment, OracleModel model, PopulationSettings population)
    {
        if (segment >= 0 && population.Segments[segment].Traits.TryGetValue(trait, out Distribution? inSegment))
        {
            return OracleThreshold.Of(inSegment);
        }

        if (population.Traits.TryGetValue(trait, out Distribution? everyone))
        {
            return OracleThreshold.Of(everyone);
        }

        return trait == Trait.Threshold ? model.DefaultThreshold : new ConstantThreshold(1);
    }
}
