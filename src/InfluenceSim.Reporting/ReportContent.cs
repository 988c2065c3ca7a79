using InfluenceSim.Reporting.Analysis;
using InfluenceSim.Reporting.Charts;
using InfluenceSim.Reporting.Data;

namespace InfluenceSim.Reporting;

/// <summary>Everything a report shows, before it becomes HTML: the runs, their groups, the charts in page order and each run's seeding comparison.</summary>
/// <remarks><c>Title</c>: The page title, naming the runs. <c>Comparisons</c>: Per run with a <c>seeding-comparison.csv</c>, its rows, keyed by the run's name.</remarks>
public sealed record ReportContent(
    string Title,
    IReadOnlyList<RunFolder> Runs,
    IReadOnlyList<ReplicateGroup> Groups,
    IReadOnlyList<Chart> Charts,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<ComparisonRow>>> Comparisons);
