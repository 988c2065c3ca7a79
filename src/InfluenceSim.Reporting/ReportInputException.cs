namespace InfluenceSim.Reporting;

/// <summary>A report request that cannot be carried out (no run folder, an unusable <c>--out</c>): the message says which and why, for the user. A folder that is not a readable run folder is a <see cref="RunFolders.RunFolderException"/>.</summary>
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
