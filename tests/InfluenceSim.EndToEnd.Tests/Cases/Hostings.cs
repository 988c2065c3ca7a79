using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Cases;

/// <summary>Case names paired with each hosting, for tests that must hold under both.</summary>
public static class Hostings
{
    public static TheoryData<string, EngineHosting> Each(IEnumerable<string> names)
    {
        var data = new TheoryData<string, EngineHosting>();
        foreach (var hosting in new[] { EngineHosting.NodeGrains, EngineHosting.Blocks })
        {
            foreach (string name in names)
            {
                data.Add(name, hosting);
            }
        }

        return data;
    }
}
