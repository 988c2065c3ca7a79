using System.Globalization;

namespace InfluenceSim.Scenarios;

/// <summary>The memory the process may use, which admission and IMM's sampling are held to, and how a byte count is spelled to the user (docs/safety.md, "Limits").</summary>
public static class AvailableMemory
{
    /// <summary>The environment variable that sets the memory available, in bytes, instead of the machine's (for tests).</summary>
    public const string Variable = "INFLUENCESIM_MEMORY_BYTES";

    /// <summary>The memory available to the process: <see cref="Variable"/> when set, otherwise the runtime's view of the machine (or container).</summary>
    /// <exception cref="ScenarioException">The variable is set to something other than a positive whole number of bytes.</exception>
    public static long Bytes()
    {
        string? text = Environment.GetEnvironmentVariable(Variable);
        if (text is null)
        {
            return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long bytes) && bytes > 0
            ? bytes
            : throw new ScenarioException([new ScenarioProblem($"environment {Variable}", 1, 1, $"{Variable} must be a positive whole number of bytes, found {Shown(text)}")]);
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

    private static string Shown(string text) => text.Length <= 40 && text.All(c => c is >= ' ' and <= '~')
        ? $"'{text}'"
        : $"a value of {text.Length} characters";
}
