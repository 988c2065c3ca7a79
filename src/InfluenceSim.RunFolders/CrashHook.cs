using System.Diagnostics;

namespace InfluenceSim.RunFolders;

/// <summary>
/// A test hook, inert in normal use: when the environment variable <c>INFLUENCESIM_TEST_CRASH_AT</c> names one of the points
/// below, the process kills itself (SIGKILL, as <c>kill -9</c> does) on reaching it, so that tests can check what a hard kill
/// leaves behind (docs/safety.md, "Test hooks").
/// </summary>
public static class CrashHook
{
    /// <summary>The environment variable that arms the hook.</summary>
    public const string Variable = "INFLUENCESIM_TEST_CRASH_AT";

    /// <summary>While the last point of a run (a single run's only one) propagates, every earlier point of a sweep saved.</summary>
    public const string Simulating = "simulating";

    /// <summary>While the tables are written: after the first one is in the work folder.</summary>
    public const string WritingTables = "writing-tables";

    /// <summary>Between writing and renaming: every file, the manifest last, is in the work folder, which is not yet renamed.</summary>
    public const string BeforeRename = "before-rename";

    private static readonly string? Armed = Environment.GetEnvironmentVariable(Variable);

    /// <summary>Whether the hook is armed at <paramref name="point"/>.</summary>
    public static bool IsArmed(string point) => Armed == point;

    /// <summary>Kills the process when the hook is armed at <paramref name="point"/>.</summary>
    public static void At(string point)
    {
        if (Armed == point)
        {
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
