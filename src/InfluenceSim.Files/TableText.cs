namespace InfluenceSim.Files;

/// <summary>
/// A run folder's table as text fields, spelled as its CSV file spells them: the file it was read from, the header's
/// column names and the data rows, each with its line number (for a Parquet file, the line its CSV twin would have).
/// </summary>
public sealed record TableText(string Path, IReadOnlyList<string> Header, IReadOnlyList<(int Line, string[] Fields)> Rows);
