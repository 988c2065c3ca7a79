using System.Text.Json.Nodes;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Sweeps;

/// <summary>
/// Expands a scenario's sweep into its points and validates the scenario of each point, reporting a
/// point's problems at the sweep value that caused them.
/// </summary>
internal static class SweepBuilder
{
    /// <summary>The most points a sweep may have.</summary>
    public const int MaxPoints = 10_000;

    public static Scenario Build(
        Scenario baseScenario,
        List<(SweepAxis Axis, List<NodeLocation> At)> axes,
        bool zip,
        Func<IReadOnlyList<string>, Scenario> validatePoint,
        string displayPath,
        IReadOnlyList<string> overrides)
    {
        var at = axes.ToDictionary(a => a.Axis.Key, a => (a.Axis.Values, a.At));
        var first = axes.Count > 0 ? axes[0].At[0] : new NodeLocation(displayPath, 1, 1);
        if (axes.FirstOrDefault(a => a.Axis.Key is "seed" or "name") is { Axis: not null } fixedKey)
        {
            throw Problem(fixedKey.At[0], $"'{fixedKey.Axis.Key}' cannot be swept: replicates already vary the draws under one master seed, and every row records the run's {fixedKey.Axis.Key}");
        }

        var assignments = SweepExpansion.Points([.. axes.Select(a => a.Axis)], zip);
        if (assignments.Count > MaxPoints)
        {
            throw Problem(first, $"the sweep has {assignments.Count} points, more than the limit of {MaxPoints}");
        }

        var points = new List<SweepPoint>();
        var problems = new List<ScenarioProblem>();
        for (int i = 0; i < assignments.Count; i++)
        {
            var point = assignments[i];
            try
            {
                points.Add(new SweepPoint(i, point, validatePoint([.. point.Select(a => $"{a.Key}={a.Value}")])));
            }
            catch (ScenarioException e)
            {
                problems.AddRange(e.Problems.Select(p => Relocate(p, point, at, overrides)));
            }
        }

        if (problems.Count > 0)
        {
            throw new ScenarioException([.. problems.Distinct()]);
        }

        var axisList = axes.Select(a => a.Axis).ToList();
        var resolved = (JsonObject)baseScenario.Resolved.DeepClone();
        resolved["sweep"] = Json(axisList, zip);
        return baseScenario with { Sweep = new SweepPlan(axisList, zip, points), Resolved = resolved };
    }

    private static ScenarioProblem Relocate(ScenarioProblem problem, IReadOnlyList<KeyValuePair<string, string>> point, Dictionary<string, (IReadOnlyList<string> Values, List<NodeLocation> At)> at, IReadOnlyList<string> overrides)
    {
        foreach (var (key, value) in point)
        {
            if (problem.File == Overrides.FileOf($"{key}={value}") && !overrides.Contains($"{key}={value}"))
            {
                var (values, locations) = at[key];
                var where = locations[Math.Max(0, values.ToList().IndexOf(value))];
                return new ScenarioProblem(where.File, where.Line, where.Column, $"sweep value {key} = {value}: {problem.Message}");
            }
        }

        string described = string.Join(", ", point.Select(a => $"{a.Key} = {a.Value}"));
        return problem with { Message = $"at sweep point {described}: {problem.Message}" };
    }

    private static JsonObject Json(List<SweepAxis> axes, bool zip)
    {
        var json = new JsonObject();
        foreach (var axis in axes)
        {
            json[axis.Key] = new JsonArray([.. axis.Values.Select(SweepValue.Json)]);
        }

        if (zip)
        {
            json["zip"] = true;
        }

        return json;
    }

    private static ScenarioException Problem(NodeLocation at, string message) => new([new ScenarioProblem(at.File, at.Line, at.Column, message)]);
}
