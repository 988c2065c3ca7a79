namespace InfluenceSim.Engine.Running;

/// <summary>Every silo a run was using left the cluster: nothing is left to redo the work on.</summary>
public sealed class SilosLostException : Exception
{
    public SilosLostException()
    {
    }

    public SilosLostException(string message)
        : base(message)
    {
    }

    public SilosLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
