using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;

namespace InfluenceSim.Host.Clustering;

/// <summary>
/// The Orleans dashboard of a silo process (<c>silo --dashboard PORT</c>): an HTTP listener on the
/// silo's address and that port, served from the silo's own services (docs/cluster.md "Dashboard").
/// </summary>
public sealed record SiloDashboard(IPAddress Address, int Port)
{
    /// <summary>The address a browser opens.</summary>
    public Uri Url => new($"http://{new IPEndPoint(Address, Port)}/");

    /// <summary>Checks that the port can be listened on before the silo joins its cluster; <see cref="IOException"/> when it cannot.</summary>
    internal void EnsureAvailable()
    {
        var listener = new TcpListener(Address, Port);
        try
        {
            listener.Start();
        }
        catch (SocketException e)
        {
            throw new IOException(e.Message, e);
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>A web host builder that listens on the dashboard's endpoint only, without configuration sources or default loggers (<see cref="HostBuilders.Prepare"/>).</summary>
    internal WebApplicationBuilder CreateBuilder(Action<IServiceCollection>? configureServices, LogLevel level)
    {
        var builder = HostBuilders.Prepare(WebApplication.CreateEmptyBuilder(new WebApplicationOptions()), configureServices, level);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(Address, Port));
        builder.Services.AddRoutingCore();
        return builder;
    }

    /// <summary>Adds the dashboard's grains and services to the silo when there is a dashboard.</summary>
    internal static ISiloBuilder AddTo(ISiloBuilder silo, SiloDashboard? dashboard) => dashboard is null ? silo : silo.AddDashboard();

    /// <summary>Builds the host and maps the dashboard's pages at the root.</summary>
    internal static IHost Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.MapOrleansDashboard();
        return app;
    }
}
