using System.Diagnostics;

namespace InfluenceSim.Testing;

/// <summary>Runs the real <c>influencesim</c> program (<c>dotnet influencesim.dll ...</c>) as a child process.</summary>
public static class CliProcess
{
    /// <summary>Long enough for the quickstart on a slow two-core machine; a hung child is killed after it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Runs one command line in <paramref name="workingDirectory"/> and waits for it to exit.</summary>
    public static Task<CliOutcome> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs one command line in <paramref name="workingDirectory"/> with extra <paramref name="environment"/> variables and waits for it to exit.</summary>
    public static Task<CliOutcome> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(StartInfo(workingDirectory, args), environment, args);

    /// <summary>Runs one command line with the checkout's own build of the program (<see cref="RepoPaths.CheckoutCliDll"/>), as <c>dotnet run</c> would start it.</summary>
    public static Task<CliOutcome> RunCheckoutBuildAsync(string workingDirectory, params string[] args)
    {
        var start = StartInfo(workingDirectory, args);
        start.ArgumentList[0] = RepoPaths.CheckoutCliDll;
        return RunAsync(start, new Dictionary<string, string>(), args);
    }

    private static async Task<CliOutcome> RunAsync(ProcessStartInfo start, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return await BoundedProcess.RunAsync(start, Timeout, $"influencesim {string.Join(' ', args)}");
    }

    /// <summary>How to start the program with <paramref name="args"/> in <paramref name="workingDirectory"/>, its output redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepoPaths.CliDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("INFLUENCESIM_VERBOSE");
        return start;
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
