using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Independent cascade's per-tie probability p(u, v) of one run (docs/models.md "Per-tie
/// probabilities"): the one place the rule lives. Agents read it per out-tie from the table
/// <see cref="OutTable"/> builds once per run (it travels with each node's ties, so a host needs no
/// other node's in-degree); the seeding estimators call <see cref="Of"/> directly.
/// </summary>
public sealed class TieProbabilities
{
    /// <summary>The scenario names of the rules other than a number, as <c>model.probability</c> takes them.</summary>
    public static readonly IReadOnlyDictionary<string, TieRule> Names = new Dictionary<string, TieRule>(StringComparer.Ordinal)
    {
        ["from-weight"] = TieRule.FromWeight,
        ["weighted-cascade"] = TieRule.WeightedCascade,
        ["trivalency"] = TieRule.Trivalency,
    };

    private readonly double _number;
    private readonly Draws _draws;

    private TieProbabilities(TieRule rule, double number, Draws draws)
    {
        Rule = rule;
        _number = number;
        _draws = draws;
    }

    public TieRule Rule { get; }

    /// <summary>Whether no coin can change whether a tie is live: one number, 0 or 1.</summary>
    public bool Certain => Rule == TieRule.Number && _number is <= 0 or >= 1;

    /// <summary>Whether hosts need the per-tie table (every rule but a number).</summary>
    public bool Stored => Rule != TieRule.Number;

    /// <summary>The probabilities of <paramref name="model"/> (independent cascade) in the run of master seed <paramref name="draws"/>.</summary>
    public static TieProbabilities For(ModelSettings model, Draws draws)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new(model.ProbabilityRule, model.ProbabilityRule == TieRule.Number ? model.Number("probability") : double.NaN, draws);
    }

    /// <summary>The scenario name of <paramref name="rule"/> (null for a number).</summary>
    public static string? NameOf(TieRule rule) => Names.FirstOrDefault(n => n.Value == rule).Key;

    /// <summary>The trivalency class of a draw in [0, 1): 0.1, 0.01 or 0.001 for [0, 1/3), [1/3, 2/3), [2/3, 1).</summary>
    public static double Trivalent(double draw) => draw < 1.0 / 3 ? 0.1 : draw < 2.0 / 3 ? 0.01 : 0.001;

    /// <summary>p(u, v) of the tie <paramref name="from"/> -> <paramref name="to"/> of weight <paramref name="weight"/>, <paramref name="to"/> having <paramref name="toInDegree"/> in-ties.</summary>
    public double Of(int from, int to, double weight, int toInDegree) => Rule switch
    {
        TieRule.Number => _number,
        TieRule.FromWeight => weight,
        TieRule.WeightedCascade => 1.0 / toInDegree,
        _ => Trivalent(_draws.Draw(DrawPurpose.Tie, 0, 0, from, to)),
    };

    /// <summary>
    /// p(u, v) for every out-tie of a network in compressed sparse row form (index for index with
    /// <paramref name="outTargets"/>; <paramref name="outWeights"/> likewise, or empty for unit
    /// weights; <paramref name="inOffsets"/> gives the targets' in-degrees), or null for a number.
    /// </summary>
    public double[]? OutTable(ReadOnlySpan<int> outOffsets, ReadOnlySpan<int> outTargets, ReadOnlySpan<double> outWeights, ReadOnlySpan<int> inOffsets)
    {
        if (!Stored)
        {
            return null;
        }

        var table = new double[outTargets.Length];
        for (int from = 0; from + 1 < outOffsets.Length; from++)
        {
            for (int tie = outOffsets[from]; tie < outOffsets[from + 1]; tie++)
            {
                int to = outTargets[tie];
                table[tie] = Of(from, to, outWeights.IsEmpty ? 1.0 : outWeights[tie], inOffsets[to + 1] - inOffsets[to]);
            }
        }

        return table;
    }
}
