using System.Globalization;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Admission;

/// <summary>The memory and, roughly, the time a scenario needs under one hosting, estimated before anything is built.</summary>
/// <param name="Hosting">The hosting the estimate is for.</param>
/// <param name="Terms">The memory's parts, largest first.</param>
/// <param name="Seconds">The rough wall time of the run, in seconds.</param>
public sealed record ResourceEstimate(EngineHosting Hosting, IReadOnlyList<EstimateTerm> Terms, double Seconds)
{
    /// <summary>The estimated peak memory (the process's resident set), in bytes.</summary>
    public double Bytes => Terms.Sum(t => t.Bytes);

    /// <summary>The largest term that a scenario key drives (the process's own term has none), where a refusal points.</summary>
    public EstimateTerm Largest => Terms.FirstOrDefault(t => t.Key.Length > 0) ?? Terms[0];

    /// <summary>One line: the total, then each term with its count, then the time; e.g. <c>1.2 GiB of memory (node grains 0.9 GiB: ...) and about 30 s</c>.</summary>
    public string Describe()
    {
        var parts = Terms.Select(t => $"{t.Name} {AvailableMemory.Size(t.Bytes)}: {t.Count}");
        return $"{AvailableMemory.Size(Bytes)} of memory ({string.Join("; ", parts)}) and about {Duration(Seconds)}";
    }

    /// <summary>A rough duration, e.g. <c>40 s</c>, <c>12 min</c>, <c>3.5 h</c>.</summary>
    public static string Duration(double seconds) => seconds switch
    {
        < 1 => "1 s",
        < 120 => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(seconds):0} s"),
        < 2 * 3600 => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(seconds / 60):0} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:#,##0.0} h"),
    };
}
