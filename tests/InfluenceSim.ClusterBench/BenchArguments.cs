using System.Globalization;
using InfluenceSim.Scenarios;

namespace InfluenceSim.ClusterBench;

/// <summary>The bench's two optional arguments: how many rounds, and the hosting.</summary>
internal static class BenchArguments
{
    public static bool TryParse(string[] args, out int rounds, out EngineHosting hosting)
    {
        rounds = 3;
        hosting = EngineHosting.Blocks;
        if (args.Length > 2 || (args.Length > 0 && (!int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds < 1)))
        {
            return false;
        }

        if (args.Length == 2)
        {
            if (EngineHostingNames.Parse(args[1]) is not { } named)
            {
                return false;
            }

            hosting = named;
        }

        return true;
    }
}
