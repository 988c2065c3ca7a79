namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// The sample sizes of IMM (Tang, Shi and Xiao 2015, "Influence maximization in near-linear time: a
/// martingale approach", SIGMOD), for n nodes, k seeds, epsilon and l: l is raised to
/// l (1 + ln 2 / ln n) so that both phases together fail with probability at most n^-l.
/// </summary>
public sealed record ImmBound(int Nodes, int Seeds, double Epsilon, double L)
{
    private static readonly double OneMinusInverseE = 1 - (1 / Math.E);

    /// <summary>l adjusted for the two phases: l (1 + ln 2 / ln n).</summary>
    public double AdjustedL => Nodes < 2 ? L : L * (1 + (Math.Log(2) / Math.Log(Nodes)));

    /// <summary>epsilon' = sqrt(2) epsilon, the accuracy of the lower-bound phase.</summary>
    public double EpsilonPrime => Math.Sqrt(2) * Epsilon;

    /// <summary>ln C(n, k), summed as logarithms.</summary>
    public double LogBinomial
    {
        get
        {
            double sum = 0;
            for (int i = 0; i < Seeds; i++)
            {
                sum += Math.Log(Nodes - i) - Math.Log(i + 1);
            }

            return sum;
        }
    }

    /// <summary>lambda' = (2 + 2 epsilon' / 3) (ln C(n, k) + l' ln n + ln log2 n) n / epsilon'^2.</summary>
    public double LambdaPrime
    {
        get
        {
            double e = EpsilonPrime;
            double logLog = Nodes < 3 ? 0 : Math.Log(Math.Log2(Nodes));
            return (2 + (2 * e / 3)) * (LogBinomial + (AdjustedL * Math.Log(Nodes)) + logLog) * Nodes / (e * e);
        }
    }

    /// <summary>lambda* = 2 n ((1 - 1/e) alpha + beta)^2 / epsilon^2 with alpha = sqrt(l' ln n + ln 2), beta = sqrt((1 - 1/e)(ln C(n, k) + l' ln n + ln 2)).</summary>
    public double LambdaStar
    {
        get
        {
            double logN = Math.Log(Math.Max(Nodes, 2));
            double alpha = Math.Sqrt((AdjustedL * logN) + Math.Log(2));
            double beta = Math.Sqrt(OneMinusInverseE * (LogBinomial + (AdjustedL * logN) + Math.Log(2)));
            double sum = (OneMinusInverseE * alpha) + beta;
            return 2 * Nodes * sum * sum / (Epsilon * Epsilon);
        }
    }

    /// <summary>The approximation ratio guaranteed with probability 1 - n^-l: 1 - 1/e - epsilon.</summary>
    public double Ratio => OneMinusInverseE - Epsilon;

    /// <summary>The sets the lower-bound phase samples in round i (x = n / 2^i): ceil(lambda' / x).</summary>
    public double SetsForRound(int round) => Math.Ceiling(LambdaPrime / (Nodes / Math.Pow(2, round)));

    /// <summary>How many rounds the lower-bound phase may take: log2 n - 1 (at least 1).</summary>
    public int Rounds => Math.Max(1, (int)Math.Ceiling(Math.Log2(Math.Max(Nodes, 2))) - 1);

    /// <summary>The sets of the final phase for a lower bound LB of the optimum: ceil(lambda* / LB).</summary>
    public double SetsFor(double lowerBound) => Math.Ceiling(LambdaStar / Math.Max(lowerBound, 1));
}
