namespace InfluenceSim.Cli.Display;

/// <summary>
/// While it lives, whatever writes to <see cref="Console.Out"/> (the <c>--otel console</c> exporter, a library's
/// diagnostics) goes to standard error instead, so standard output keeps only the results printed after it is disposed.
/// </summary>
internal sealed class StandardOutputOnError : IDisposable
{
    private readonly TextWriter _stdout = Console.Out;

    public StandardOutputOnError() => Console.SetOut(Console.Error);

    public void Dispose() => Console.SetOut(_stdout);
}
