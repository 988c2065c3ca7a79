using Spectre.Console;

namespace InfluenceSim.Cli.Display;

/// <summary>
/// Where the command line writes: results (summaries, tables) on standard output, progress on standard error
/// (docs/output.md "What the console shows"). When standard output is not a terminal, a table is laid out as
/// wide as its content needs, so no cell is wrapped onto a second line.
/// </summary>
internal static class Consoles
{
    /// <summary>The width a redirected output is given: wider than any table the tool prints, so tables stay whole.</summary>
    public const int RedirectedWidth = 4096;

    /// <summary>A console on the current standard output, for results.</summary>
    public static IAnsiConsole Results()
    {
        bool redirected = Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>Whether standard error is a terminal, which then shows a live progress table (whether or not standard output is redirected).</summary>
    public static bool ProgressIsLive => !Console.IsErrorRedirected;

    /// <summary>A console on the process's own standard error stream for the live progress table (its escape sequences pass unescaped).</summary>
    public static IAnsiConsole LiveProgress(TextWriter stderr) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(stderr),
        Ansi = AnsiSupport.Yes,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Yes,
    });
}
