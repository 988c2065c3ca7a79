namespace InfluenceSim.Reporting;

/// <summary>A folder or file given to the report that it cannot use: the message says which and why, for the user.</summary>
public sealed class ReportInputException : Exception
{
    public ReportInputException(string message)
        : base(message)
    {
    }

    public ReportInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReportInputException()
    {
    }
}
