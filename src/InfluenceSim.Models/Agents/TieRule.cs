namespace InfluenceSim.Models.Agents;

/// <summary>What independent cascade's <c>model.probability</c> says about each tie's probability p(u, v) (docs/models.md "Per-tie probabilities").</summary>
public enum TieRule
{
    /// <summary>A number: every tie has that probability.</summary>
    Number,

    /// <summary><c>from-weight</c>: the tie's weight, which must lie in (0, 1].</summary>
    FromWeight,

    /// <summary><c>weighted-cascade</c>: 1 / (number of in-ties of the target) (Kempe, Kleinberg and Tardos 2003).</summary>
    WeightedCascade,

    /// <summary><c>trivalency</c>: 0.1, 0.01 or 0.001 by <c>draw(TIE, 0, 0, u, v)</c> in thirds of [0, 1).</summary>
    Trivalency,
}
