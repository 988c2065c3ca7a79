using InfluenceSim.Engine.Scenarios;

namespace InfluenceSim.Cli.Display;

/// <summary>Prints a bad scenario's problems on stderr, one <c>FILE:LINE:COL: message</c> line each.</summary>
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
}
