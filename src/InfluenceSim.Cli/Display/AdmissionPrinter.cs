using InfluenceSim.Engine.Admission;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Display;

/// <summary>Prints, on stderr, the hint that a slow node-grain run would be faster under blocks hosting.</summary>
internal static class AdmissionPrinter
{
    public static void Hint(Scenario scenario, ResourceEstimate estimate)
    {
        if (RunAdmission.SlowHint(scenario, estimate) is { } hint)
        {
            Console.Error.WriteLine($"influencesim: {hint}");
        }
    }
}
