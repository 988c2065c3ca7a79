using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Registries;

/// <summary>The docs list what the registries hold: every generator in docs/networks.md, every strategy in docs/seeding.md.</summary>
public sealed class RegistryDocsTests
{
    [Fact]
    public void Networks_md_documents_every_registered_generator()
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "networks.md"));

        Assert.All(NetworkGenerators.Default.Names, name => Assert.Contains($"`{name}`", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Seeding_md_documents_every_registered_strategy()
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "seeding.md"));

        Assert.All(BuiltIns.Strategies.Names, name => Assert.Contains($"| `{name}` |", text, StringComparison.Ordinal));
    }
}
