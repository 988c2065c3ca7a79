using System.Text.Json.Nodes;
using InfluenceSim.Networks;

namespace InfluenceSim.Cli.Commands;

/// <summary>The statistics of <c>network --json</c>: one JSON object with snake_case keys (docs/networks.md).</summary>
internal static class NetworkStatisticsJson
{
    public static string Format(string scenario, NetworkStatistics statistics)
    {
        var json = new JsonObject
        {
            ["scenario"] = scenario,
            ["nodes"] = statistics.Nodes,
            ["edges"] = statistics.Ties,
            ["directed"] = statistics.Directed,
            ["degree"] = new JsonObject
            {
                ["min"] = statistics.MinDegree,
                ["q1"] = statistics.DegreeLowerQuartile,
                ["median"] = statistics.DegreeMedian,
                ["q3"] = statistics.DegreeUpperQuartile,
                ["max"] = statistics.MaxDegree,
                ["mean"] = statistics.MeanDegree,
                ["sd"] = statistics.DegreeStandardDeviation,
            },
            ["triangles"] = statistics.Triangles,
            ["transitivity"] = statistics.Transitivity,
            ["average_clustering"] = statistics.AverageClustering,
            ["components"] = statistics.ConnectedComponents,
            ["largest_component"] = statistics.LargestComponent,
            ["assortativity"] = statistics.Assortativity,
            ["communities"] = statistics.Communities,
        };
        return JsonText.Format(json);
    }
}
