namespace InfluenceSim.Engine.Seeding;

/// <summary>The names of the seeding strategies a scenario can ask for.</summary>
public static class SeedingStrategies
{
    public const string Random = "random";
    public const string TopDegree = "top-degree";
    public const string Explicit = "explicit";
    public const string None = "none";
}
