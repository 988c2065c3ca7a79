using InfluenceSim.RunFolders;
using Spectre.Console;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli;

/// <summary>The exit codes of the README and the last-resort report of an unexpected failure.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int RunFailed = 1;
    public const int BadInput = 2;
    public const int ThresholdCrossed = 3;

    /// <summary>Writes <c>influencesim: </c> and <paramref name="message"/> to standard error and returns <see cref="BadInput"/>.</summary>
    public static int Refuse(string message) => Write(message, BadInput);

    /// <summary>Writes <c>influencesim: </c> and <paramref name="message"/> to standard error and returns <see cref="RunFailed"/>.</summary>
    public static int Fail(string message) => Write(message, RunFailed);

    /// <summary>Reports an exception that escaped a command: usage mistakes and damaged checkpoints exit 2, anything else 1 (with its stack trace when <paramref name="verbose"/>).</summary>
    public static int Report(Exception exception, bool verbose)
    {
        if (exception is CommandParseException or CommandRuntimeException or CheckpointException)
        {
            return Refuse(exception.Message);
        }

        Console.Error.WriteLine($"influencesim: the run failed: {exception.Message}");
        if (verbose || Environment.GetEnvironmentVariable("INFLUENCESIM_VERBOSE") == "1")
        {
            var plain = new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors };
            AnsiConsole.Create(plain).WriteException(exception);
        }

        return RunFailed;
    }

    private static int Write(string message, int code)
    {
        Console.Error.WriteLine($"influencesim: {message}");
        return code;
    }
}
