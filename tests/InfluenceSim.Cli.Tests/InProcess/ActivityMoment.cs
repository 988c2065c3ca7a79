namespace InfluenceSim.Cli.Tests.InProcess;

/// <summary>When an <see cref="ActivityTrigger"/> fires: as the activity starts or as it stops.</summary>
public enum ActivityMoment
{
    Start,
    Stop,
}
