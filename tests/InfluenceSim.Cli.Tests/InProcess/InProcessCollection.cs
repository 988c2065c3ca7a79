namespace InfluenceSim.Cli.Tests.InProcess;

/// <summary>
/// The tests that start silos inside the test process. The activity source is static and meter
/// listeners match by name, so two of them at once would see each other's telemetry: they run one at a time.
/// </summary>
[CollectionDefinition]
public sealed class InProcessCollection;
