using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jeugdhulp.Research.Server;

/// <summary>
/// The page, script and style of the workbench, served from the assembly's embedded resources: a fixed list of
/// names, so no request path ever reaches the file system.
/// </summary>
internal static class StaticAssets
{
    private static readonly (string Route, string Resource, string ContentType)[] Assets =
    [
        ("/", "wwwroot/index.html", "text/html; charset=utf-8"),
        ("/app.js", "wwwroot/app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "wwwroot/app.css", "text/css; charset=utf-8"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (route, resource, contentType) in Assets)
        {
            var bytes = Read(resource);
            app.MapGet(route, () => Results.Bytes(bytes, contentType));
        }
    }

    /// <summary>An embedded asset's bytes.</summary>
    public static byte[] Read(string resource)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The workbench asset {resource} is not embedded; rebuild Jeugdhulp.Research.Server.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
