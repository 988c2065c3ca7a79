namespace InfluenceSim.Seeding.Influence;

/// <summary>The greedy strategy's settings: scenario keys <c>estimator</c>, <c>simulations</c>, <c>rr-sets</c>, <c>candidates</c>, <c>epsilon</c>, <c>l</c>.</summary>
public sealed record GreedyOptions
{
    /// <summary>Monte Carlo simulations per CELF estimate unless given.</summary>
    public const int DefaultSimulations = 200;

    /// <summary>Reverse-reachable sets per seed unless <see cref="RrSets"/> is given: RIS samples this times k sets.</summary>
    public const int DefaultRrSetsPerSeed = 10_000;

    /// <summary>IMM's epsilon unless given.</summary>
    public const double DefaultEpsilon = 0.1;

    /// <summary>IMM's l (failure probability n^-l) unless given.</summary>
    public const double DefaultL = 1;

    /// <summary>celf (default), ris or imm.</summary>
    public InfluenceEstimator Estimator { get; init; } = InfluenceEstimator.Celf;

    /// <summary>CELF: simulations every spread estimate averages (>= 1).</summary>
    public int Simulations { get; init; } = DefaultSimulations;

    /// <summary>RIS: reverse-reachable sets to sample (>= 1), or null for <see cref="DefaultRrSetsPerSeed"/> x k.</summary>
    public int? RrSets { get; init; }

    /// <summary>Both estimators: pick only among this many highest out-degree nodes (>= 1; at least k are kept), or null for every node.</summary>
    public int? Candidates { get; init; }

    /// <summary>IMM: the approximation's slack, 0 &lt; epsilon &lt; 1 - 1/e.</summary>
    public double Epsilon { get; init; } = DefaultEpsilon;

    /// <summary>IMM: the guarantee holds with probability at least 1 - n^-l (l &gt; 0).</summary>
    public double L { get; init; } = DefaultL;

    /// <summary>The options of a scenario's <c>seeding</c> block, the estimator by its scenario name (<c>celf</c>, <c>ris</c> or <c>imm</c>).</summary>
    public static GreedyOptions From(string estimator, int simulations, int? rrSets, int? candidates, double epsilon = DefaultEpsilon, double l = DefaultL) => new()
    {
        Estimator = estimator switch
        {
            "celf" => InfluenceEstimator.Celf,
            "ris" => InfluenceEstimator.Ris,
            "imm" => InfluenceEstimator.Imm,
            _ => throw new ArgumentException($"estimator must be celf, ris or imm, found '{estimator}'", nameof(estimator)),
        },
        Simulations = simulations,
        RrSets = rrSets,
        Candidates = candidates,
        Epsilon = epsilon,
        L = l,
    };

    /// <summary>The reverse-reachable sets RIS samples for <paramref name="k"/> seeds.</summary>
    public int RrSetsFor(int k) => RrSets ?? (int)Math.Min(int.MaxValue - 1, (long)DefaultRrSetsPerSeed * Math.Max(k, 1));
}
