using System.Globalization;
using InfluenceSim.Engine.Running;

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
        var parts = Terms.Select(t => $"{t.Name} {Size(t.Bytes)}: {t.Count}");
        return $"{Size(Bytes)} of memory ({string.Join("; ", parts)}) and about {Duration(Seconds)}";
    }

    /// <summary>A byte count in MiB or GiB, e.g. <c>512 MiB</c>, <c>23.5 GiB</c>.</summary>
    public static string Size(double bytes)
    {
        const double MiB = 1024.0 * 1024;
        const double GiB = 1024 * MiB;
        return bytes >= GiB
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / GiB:#,##0.0} GiB")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(bytes / MiB):#,##0} MiB");
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
