namespace InfluenceSim.RunFolders.Results;

/// <summary>Seconds spent in each phase of a run, as the manifest records them.</summary>
public sealed record RunTimings(double NetworkBuild, double Activation, double Propagation, double Output)
{
    public RunTimings WithOutput(double seconds) => this with { Output = seconds };
}
