using System.Globalization;
using InfluenceSim.Networks;
using Spectre.Console;

namespace InfluenceSim.Cli.Commands;

/// <summary>The statistics of <c>network</c> as a two-column table (statistic, value).</summary>
internal static class NetworkStatisticsTable
{
    public static Table Build(string scenario, NetworkStatistics s)
    {
        var table = new Table().Title($"network of '{scenario.EscapeMarkup()}'").AddColumns("statistic", "value");
        Add(table, "nodes", Number(s.Nodes));
        Add(table, s.Directed ? "edges (directed ties)" : "edges (directed ties; 2 per undirected tie)", Number(s.Ties));
        Add(table, "directed", s.Directed ? "yes" : "no");
        Add(table, "degree min / q1 / median / q3 / max", $"{Number(s.MinDegree)} / {Number(s.DegreeLowerQuartile)} / {Number(s.DegreeMedian)} / {Number(s.DegreeUpperQuartile)} / {Number(s.MaxDegree)}");
        Add(table, "degree mean (sd)", $"{Number(s.MeanDegree)} ({Number(s.DegreeStandardDeviation)})");
        Add(table, "triangles", Number(s.Triangles));
        Add(table, "transitivity (global clustering)", Number(s.Transitivity));
        Add(table, "average local clustering", Number(s.AverageClustering));
        Add(table, "connected components", Number(s.ConnectedComponents));
        Add(table, "largest component", s.Nodes == 0 ? "0" : $"{Number(s.LargestComponent)} ({Number(100.0 * s.LargestComponent / s.Nodes)} %)");
        Add(table, "degree assortativity", s.Assortativity is { } r ? Number(r) : "undefined");
        Add(table, "communities", s.Communities is { } c ? Number(c) : "none");
        return table;
    }

    private static void Add(Table table, string statistic, string value) => table.AddRow(statistic.EscapeMarkup(), value.EscapeMarkup());

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
