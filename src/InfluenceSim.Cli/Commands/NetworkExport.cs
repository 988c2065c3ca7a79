using System.Globalization;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Files;

namespace InfluenceSim.Cli.Commands;

/// <summary>Writes the network of <c>network --export</c>: GraphML or an edge list, chosen by the extension, with a note on stderr.</summary>
internal static class NetworkExport
{
    /// <summary>Writes the file whole or not at all; returns the exit code.</summary>
    public static int Write(Network network, string path)
    {
        bool graphMl = string.Equals(Path.GetExtension(path), ".graphml", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (graphMl)
            {
                GraphMlWriter.WriteFile(network, path);
            }
            else
            {
                EdgeListWriter.WriteFile(network, path);
            }
        }
        catch (IOException e)
        {
            return ExitCodes.Fail($"--export: {e.Message}");
        }
        catch (ArgumentException e)
        {
            return ExitCodes.Fail($"--export: cannot write '{path}': {e.Message}");
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"influencesim: wrote {network.NodeCount} nodes and {network.TieCount} directed ties to '{path}'"));
        if (!graphMl)
        {
            WarnAboutLosses(network);
        }

        return ExitCodes.Success;
    }

    private static void WarnAboutLosses(Network network)
    {
        int isolated = Enumerable.Range(0, network.NodeCount).Count(node => network.OutDegree(node) == 0 && network.InDegree(node) == 0);
        if (isolated > 0)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"influencesim: note: an edge list cannot hold the {isolated} isolated node(s); export to .graphml to keep them"));
        }

        if (network.Communities is not null)
        {
            Console.Error.WriteLine("influencesim: note: an edge list cannot hold the community attribute; export to .graphml to keep it");
        }
    }
}
