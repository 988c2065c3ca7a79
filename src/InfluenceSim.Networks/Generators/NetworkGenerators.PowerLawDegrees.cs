using static InfluenceSim.Networks.Generators.GeneratorArguments;

namespace InfluenceSim.Networks.Generators;

public static partial class NetworkGenerators
{
    /// <summary>The largest power-law exponent accepted.</summary>
    public const double MaxPowerLawExponent = 10;

    private const ulong PowerLawDegreesStream = 6;

    /// <summary>
    /// A degree sequence drawn i.i.d. from the discrete power law P(k) ∝ k^-exponent on
    /// minDegree .. maxDegree; if the sum is odd, the last node's degree is raised by 1 (so it may
    /// exceed <paramref name="maxDegree"/> by one) to make the sequence graphical in stub count.
    /// </summary>
    /// <remarks>
    /// Inverse transform sampling (Devroye, "Non-Uniform Random Variate Generation", 1986, ch. 3):
    /// with W(k) = sum of j^-exponent for j = minDegree .. k, summed in increasing j, node i
    /// (i = 0 .. nodes-1, in order) draws r in [0, 1) and takes the smallest k with
    /// W(k) &gt; r W(maxDegree), found by binary search. O(nodes log K + K), K = maxDegree - minDegree + 1.
    /// </remarks>
    public static int[] PowerLawDegrees(int nodes, double exponent, int minDegree, int maxDegree, long seed)
    {
        RequireNodes(nodes);
        RequirePowerLaw(nodes, exponent, minDegree, maxDegree);
        double[] cumulative = PowerLawCumulative(exponent, minDegree, maxDegree);
        double total = cumulative[^1];
        var random = Xoshiro256StarStar.Create(seed, PowerLawDegreesStream);
        var degrees = new int[nodes];
        long sum = 0;
        for (int node = 0; node < nodes; node++)
        {
            double target = random.NextDouble() * total;
            int low = 0;
            int high = cumulative.Length - 1;
            while (low < high)
            {
                int middle = low + ((high - low) / 2);
                if (cumulative[middle] > target)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            degrees[node] = minDegree + low;
            sum += degrees[node];
        }

        if (sum % 2 != 0)
        {
            degrees[^1]++;
        }

        return degrees;
    }

    /// <summary>The mean of the discrete power law P(k) ∝ k^-exponent on minDegree .. maxDegree (before any odd-sum correction).</summary>
    public static double PowerLawMean(double exponent, int minDegree, int maxDegree)
    {
        RequirePowerLaw(int.MaxValue, exponent, minDegree, maxDegree);
        double weights = 0;
        double moment = 0;
        for (int k = minDegree; k <= maxDegree; k++)
        {
            double weight = Math.Pow(k, -exponent);
            weights += weight;
            moment += k * weight;
        }

        return moment / weights;
    }

    private static double[] PowerLawCumulative(double exponent, int minDegree, int maxDegree)
    {
        var cumulative = new double[maxDegree - minDegree + 1];
        double running = 0;
        for (int k = minDegree; k <= maxDegree; k++)
        {
            running += Math.Pow(k, -exponent);
            cumulative[k - minDegree] = running;
        }

        return cumulative;
    }

    private static void RequirePowerLaw(int nodes, double exponent, int minDegree, int maxDegree)
    {
        if (!(exponent >= 0 && exponent <= MaxPowerLawExponent))
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), Invariant($"exponent must be a number from 0 to {MaxPowerLawExponent}, found {exponent}"));
        }

        if (minDegree < 1 || minDegree > nodes - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minDegree), Invariant($"min-degree must be from 1 to nodes - 1 ({nodes - 1}), found {minDegree}"));
        }

        if (maxDegree < minDegree || maxDegree > nodes - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegree), Invariant($"max-degree must be from min-degree ({minDegree}) to nodes - 1 ({nodes - 1}), found {maxDegree}"));
        }
    }
}
