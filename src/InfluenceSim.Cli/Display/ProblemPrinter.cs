using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Display;

/// <summary>Prints a bad scenario's problems on stderr, one <c>FILE:LINE:COL: message</c> line each, and a valid one's warnings as <c>FILE:LINE:COL: warning: message</c>.</summary>
internal static class ProblemPrinter
{
    public static int Print(ScenarioException exception)
    {
        foreach (var problem in exception.Problems)
        {
            Console.Error.WriteLine(problem.ToString());
        }

        return ExitCodes.BadInput;
    }

    /// <summary>
    /// Prints the scenario's warnings, and those of its sweep points (a swept value can make a trait
    /// useless at some points only), each once; they do not change the exit code.
    /// </summary>
    public static void Warn(Scenario scenario)
    {
        var points = scenario.Sweep?.Points.Select(p => p.Scenario) ?? [];
        foreach (var warning in scenario.Warnings.Concat(points.SelectMany(p => p.Warnings)).Distinct())
        {
            Console.Error.WriteLine($"{warning.File}:{warning.Line}:{warning.Column}: warning: {warning.Message}");
        }
    }
}
