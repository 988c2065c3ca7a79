using System.Net;
using System.Reflection;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Grains.Placement;
using Orleans.Runtime.Placement;

namespace InfluenceSim.Grains.Tests.Placement;

/// <summary>Node grains are placed on the silo of the partition that calls them, and kept out of the grain directory.</summary>
public sealed class CallerSiloPlacementTests
{
    private static readonly SiloAddress[] Silos = [.. Enumerable.Range(1, 3).Select(i => SiloAddress.New(IPAddress.Loopback, 11110 + i, i))];

    [Fact]
    public async Task A_new_activation_goes_to_the_silo_that_places_it_whatever_else_is_compatible()
    {
        var director = new CallerSiloPlacementDirector();

        foreach (var local in Silos)
        {
            var silo = await director.OnAddActivation(CallerSiloPlacement.Instance, new PlacementTarget(GrainId.Create("node", "7+run"), [], default, 0), new Context(local));

            Assert.Equal(local, silo);
        }
    }

    [Fact]
    public void Activations_are_neither_registered_in_nor_looked_up_from_the_grain_directory() =>
        Assert.False(CallerSiloPlacement.Instance.IsUsingGrainDirectory);

    [Fact]
    public void Node_grains_are_placed_on_their_caller_s_silo() =>
        Assert.NotNull(typeof(NodeGrain).GetCustomAttribute<CallerSiloPlacementAttribute>());

    /// <summary>A placement on <paramref name="local"/>, with every silo compatible and the local one listed last.</summary>
    private sealed class Context(SiloAddress local) : IPlacementContext
    {
        public SiloAddress LocalSilo => local;

        public SiloStatus LocalSiloStatus => SiloStatus.Active;

        public SiloAddress[] GetCompatibleSilos(PlacementTarget target) => [.. Silos.Where(s => s != local), local];

        public IReadOnlyDictionary<ushort, SiloAddress[]> GetCompatibleSilosWithVersions(PlacementTarget target) => new Dictionary<ushort, SiloAddress[]> { [0] = GetCompatibleSilos(target) };
    }
}
