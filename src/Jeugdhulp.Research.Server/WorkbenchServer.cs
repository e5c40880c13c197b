using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jeugdhulp.Research.Server;

/// <summary>How to start the workbench.</summary>
/// <param name="ProjectDirectory">The coding project folder (with <c>project.yaml</c>).</param>
/// <param name="Port">The loopback port; 0 = a free port chosen by the system.</param>
/// <param name="Token">The session token; null = a fresh random one (tests pass their own).</param>
public sealed record WorkbenchOptions(string ProjectDirectory, int Port = 0, string? Token = null);

/// <summary>
/// A running workbench: the URL to open (with the session token) and a way to stop it. Disposing stops it.
/// </summary>
public sealed class RunningWorkbench : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningWorkbench(WebApplication app, Uri baseAddress, string token)
    {
        _app = app;
        BaseAddress = baseAddress;
        Token = token;
    }

    /// <summary>The server's address, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The per-session token: the page URL carries it, every API request sends it in <see cref="WorkbenchServer.TokenHeader"/>.</summary>
    public string Token { get; }

    /// <summary>The address to open in a browser.</summary>
    public Uri Url => new(BaseAddress, "?token=" + Token);

    /// <summary>Stops accepting requests and lets running ones finish.</summary>
    public Task StopAsync(CancellationToken cancellation = default) => _app.StopAsync(cancellation);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>
/// <c>jhr serve</c>: a local browser workbench for coding the sources of one project against the codebook, with the
/// classification and the other coder's codings beside the text. It listens on 127.0.0.1 only and trusts a request only
/// when it carries the session token, comes from its own origin and names things by id (see <see cref="RequestGuard"/>).
/// </summary>
public static class WorkbenchServer
{
    /// <summary>The request header that carries the session token on API calls.</summary>
    public const string TokenHeader = "X-Jhr-Token";

    /// <summary>Starts the workbench over <see cref="WorkbenchOptions.ProjectDirectory"/>; the project may still have errors (the page shows them).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static async Task<RunningWorkbench> StartAsync(WorkbenchOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(options.ProjectDirectory))
            throw new DirectoryNotFoundException($"Project folder '{options.ProjectDirectory}' not found.");
        var token = options.Token ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        // No configuration files, no environment: the server reads nothing but the project and its own assembly.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.Limits.MaxRequestBodySize = 1 << 20;
            k.AddServerHeader = false;
        });
        builder.Services.AddRoutingCore();
        builder.Logging.ClearProviders();
        var session = new WorkbenchSession(options.ProjectDirectory);
        var app = builder.Build();
        var guard = new RequestGuard(token);
        app.Use(guard.InvokeAsync);
        app.UseRouting();
        WorkbenchApi.Map(app, session);
        StaticAssets.Map(app);
        await app.StartAsync(cancellation).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        guard.Port = port;
        return new RunningWorkbench(app, baseAddress, token);
    }
}
