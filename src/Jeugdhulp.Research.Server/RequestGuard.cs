using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Jeugdhulp.Research.Server;

/// <summary>
/// What every request must satisfy before it reaches the workbench, so that only the person who started
/// <c>jhr serve</c> can read or change the project:
/// <list type="bullet">
/// <item>the Host is this loopback address (a web page on another site that points a name at 127.0.0.1, DNS
/// rebinding, gets 421);</item>
/// <item>the page needs the session token in its URL, every API call the token in <see cref="WorkbenchServer.TokenHeader"/>
/// (401 otherwise; a page elsewhere cannot read the token, nor set the header without a preflight this server never
/// grants);</item>
/// <item>a write (POST, PUT, DELETE) comes from this origin (the browser's Origin and Sec-Fetch-Site headers;
/// 403 otherwise) and sends JSON (415 otherwise), so no HTML form on another site can forge one.</item>
/// </list>
/// Every response forbids framing, sniffing and referrers (the token must not leak in a Referer header).
/// </summary>
internal sealed class RequestGuard(string token)
{
    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    /// <summary>The port the server listens on, known once Kestrel has started.</summary>
    public int Port { get; set; }

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers["Content-Security-Policy"] = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
        headers["Cache-Control"] = "no-store";

        if (Port == 0) { await Refuse(context, StatusCodes.Status503ServiceUnavailable, "The workbench is starting; try again.").ConfigureAwait(false); return; }
        var host = request.Host;
        if (host.Port != Port || host.Host is not ("127.0.0.1" or "localhost"))
        {
            await Refuse(context, StatusCodes.Status421MisdirectedRequest, $"This workbench answers only at 127.0.0.1:{Port}, not at '{host}'.").ConfigureAwait(false);
            return;
        }
        var path = request.Path.Value ?? "/";
        var isApi = path.StartsWith("/api/", StringComparison.Ordinal);
        if (path == "/" && !Matches(request.Query["token"].ToString()))
        {
            await Refuse(context, StatusCodes.Status401Unauthorized, "Open the address that 'jhr serve' printed: it carries this session's token.").ConfigureAwait(false);
            return;
        }
        if (isApi)
        {
            if (!Matches(request.Headers[WorkbenchServer.TokenHeader].ToString()))
            {
                await Refuse(context, StatusCodes.Status401Unauthorized, $"Missing or wrong session token ({WorkbenchServer.TokenHeader} header).").ConfigureAwait(false);
                return;
            }
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                var origin = request.Headers.Origin.ToString();
                var site = request.Headers["Sec-Fetch-Site"].ToString();
                if ((origin.Length > 0 && origin != $"http://127.0.0.1:{Port}" && origin != $"http://localhost:{Port}") || site is "cross-site" or "same-site")
                {
                    await Refuse(context, StatusCodes.Status403Forbidden, $"A change must come from the workbench page itself (origin '{(origin.Length > 0 ? origin : site)}' refused).").ConfigureAwait(false);
                    return;
                }
                if (!HttpMethods.IsDelete(request.Method) && request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
                {
                    await Refuse(context, StatusCodes.Status415UnsupportedMediaType, "Send the change as application/json.").ConfigureAwait(false);
                    return;
                }
            }
        }
        await next().ConfigureAwait(false);
    }

    private bool Matches(string candidate) =>
        candidate.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _token);

    private static Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = message });
    }
}
