namespace InfluenceSim.Engine.Admission;

/// <summary>One part of a memory estimate: what holds the memory, its bytes, how they were counted, and the scenario key that drives it.</summary>
/// <param name="Name">What holds the memory, e.g. <c>node grains</c>.</param>
/// <param name="Bytes">The estimated bytes.</param>
/// <param name="Count">How they were counted, e.g. <c>2,900 B x 1,000,000 nodes</c>.</param>
/// <param name="Key">The dotted scenario key that drives the term, where a refusal points (empty for the process's own memory).</param>
/// <param name="Kept">Whether the memory stays until the run folder is written (results), rather than only while one run or sweep point runs.</param>
public sealed record EstimateTerm(string Name, double Bytes, string Count, string Key, bool Kept = false);
