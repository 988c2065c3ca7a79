using InfluenceSim.Cli;

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};

return await CliApplication.RunAsync(args, interrupt.Token);
