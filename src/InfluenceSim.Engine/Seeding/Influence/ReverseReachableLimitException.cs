namespace InfluenceSim.Engine.Seeding.Influence;

/// <summary>Reverse-reachable sampling refused before it starts: the sets it would need do not fit (the message gives the estimate).</summary>
public sealed class ReverseReachableLimitException : Exception
{
    public ReverseReachableLimitException()
    {
    }

    public ReverseReachableLimitException(string message)
        : base(message)
    {
    }

    public ReverseReachableLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
