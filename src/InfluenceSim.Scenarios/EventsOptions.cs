namespace InfluenceSim.Scenarios;

/// <summary>The opt-in interaction stream (<c>outputs: [events]</c>): whether it is recorded and how many rows it keeps at most.</summary>
public sealed record EventsOptions(bool Enabled, long Cap)
{
    /// <summary>The cap when the scenario sets none.</summary>
    public const long DefaultCap = 1_000_000;

    public static EventsOptions Off { get; } = new(false, DefaultCap);
}
