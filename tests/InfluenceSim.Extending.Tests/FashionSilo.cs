using InfluenceSim.Abstractions.Models;
using InfluenceSim.Extending.Tests.Fashion;
using InfluenceSim.Host;

namespace InfluenceSim.Extending.Tests;

/// <summary>An embedded silo, as <c>influencesim run</c> starts one, whose program added the fashion model.</summary>
public sealed class FashionSilo : IAsyncLifetime
{
    private EmbeddedSilo? _silo;

    public EmbeddedSilo Silo => _silo ?? throw new InvalidOperationException("the silo has not started");

    public async ValueTask InitializeAsync() =>
        _silo = await EmbeddedSilo.StartAsync(services => services.AddInfluenceSimModel<FashionModel>());

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}
