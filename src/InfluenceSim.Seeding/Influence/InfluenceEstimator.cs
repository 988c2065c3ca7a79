namespace InfluenceSim.Seeding.Influence;

/// <summary>How the greedy strategy estimates spread: scenario <c>estimator: celf</c>, <c>ris</c> or <c>imm</c>.</summary>
public enum InfluenceEstimator
{
    /// <summary>CELF lazy greedy over Monte Carlo simulations of the model (<see cref="Celf"/>).</summary>
    Celf,

    /// <summary>Greedy coverage of reverse-reachable sets (<see cref="ReverseReachable"/>).</summary>
    Ris,

    /// <summary>IMM: reverse-reachable sets as many as its bound asks for (<see cref="Imm"/>).</summary>
    Imm,
}
