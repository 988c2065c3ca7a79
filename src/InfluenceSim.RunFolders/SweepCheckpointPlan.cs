using InfluenceSim.Scenarios;

namespace InfluenceSim.RunFolders;

/// <summary>
/// What an interrupted run or sweep was running: the scenario file, its overrides and sweep axes, the resolved scenario they
/// made and the SHA-256 of every input file (to refuse a resume after a file changed), the table format asked for, whether
/// <c>--force</c> was given, and the results version of the build that started it.
/// </summary>
public sealed record SweepCheckpointPlan(
    string ScenarioFile,
    IReadOnlyList<string> Overrides,
    IReadOnlyList<string> Sweeps,
    string ResolvedScenario,
    string StartedUtc,
    string Format,
    IReadOnlyList<InputFile> Inputs,
    bool Force,
    int ResultsVersion);
