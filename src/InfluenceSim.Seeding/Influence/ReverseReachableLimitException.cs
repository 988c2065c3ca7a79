namespace InfluenceSim.Seeding.Influence;

/// <summary>Reverse-reachable sampling refused: the sets would not fit (IMM, before it samples) or hold more entries than the limit (the message gives the figures).</summary>
public sealed class ReverseReachableLimitException : InvalidOperationException
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
