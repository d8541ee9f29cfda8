using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyDsl.Cli.Report;

namespace PolicyDsl.Cli.Serve;

/// <summary>A request naming a rule file, with the editor's text (and, for hover, where the pointer is).</summary>
internal sealed record FileText(string Path, string Text, int Offset = 0);

/// <summary>
/// <c>policy serve</c>'s local workbench: ASP.NET Core's Kestrel (the shared framework, no package) bound to
/// 127.0.0.1 alone, serving one page and a small JSON API over the rule files of one directory. Kestrel rather
/// than HttpListener: it binds an IP address (never a wildcard), takes port 0 for a free port the tests read
/// back, and limits request sizes itself.
/// </summary>
internal sealed class Workbench : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Workbench(WebApplication app, string url) => (_app, Url) = (app, url);

    /// <summary>http://127.0.0.1:PORT/</summary>
    public string Url { get; }

    public static async Task<Workbench> StartAsync(string directory, int port, IReadOnlyList<string> paramFiles)
    {
        var files = new WorkbenchFiles(directory);
        var analysis = new WorkbenchAnalysis(files, paramFiles);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = files.Root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, port);
            options.Limits.MaxRequestBodySize = Limits.MaxTextFileBytes * 2;
        });
        var app = builder.Build();
        var page = WorkbenchPage.Build();
        app.Use(async (context, next) =>
        {
            // A page on another site must not drive the workbench through the user's browser (DNS rebinding, form posts).
            var host = context.Request.Host.Host;
            if (host is not ("127.0.0.1" or "localhost"))
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                return;
            }
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            await next(context);
        });
        app.MapGet("/", (HttpContext context) =>
        {
            // The header as well as the page's meta: only a header can forbid other sites to frame the page.
            context.Response.Headers.ContentSecurityPolicy = page.Policy + "; frame-ancestors 'none'";
            return Results.Content(page.Html, "text/html; charset=utf-8");
        });
        app.MapGet("/api/files", () => Results.Json(files.List()));
        app.MapGet("/api/file", (string path) => files.Read(path) is (string text, null) ? Results.Json(new { path, text }) : Problem(files.Read(path).Error!));
        app.MapPost("/api/check", (FileText request) => Results.Json(WorkbenchAnalysis.Check(request.Path, request.Text)));
        app.MapPost("/api/hover", (FileText request) => Results.Json(new { text = WorkbenchHover.Of(analysis, request.Path, request.Text, request.Offset) }));
        app.MapPost("/api/save", (FileText request) => files.Write(request.Path, request.Text) is { } error ? Problem(error)
            : Results.Json(new { saved = request.Path, diagnostics = WorkbenchAnalysis.Check(request.Path, request.Text) }));
        app.MapGet("/api/views", () => Results.Text(ScriptJson.Serialize(WorkbenchViews.Of(analysis)), "application/json; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Workbench(app, new Uri(address).GetLeftPart(UriPartial.Authority).Replace("[::1]", "127.0.0.1") + "/");
    }

    private static IResult Problem(string error) => Results.Json(new { error }, statusCode: StatusCodes.Status400BadRequest);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
