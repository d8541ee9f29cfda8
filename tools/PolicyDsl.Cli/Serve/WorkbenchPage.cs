using System.Security.Cryptography;
using System.Text;
using PolicyDsl.Cli.Report;

namespace PolicyDsl.Cli.Serve;

/// <summary>
/// The workbench's one page: the editor bundle (CodeMirror 6, Serve/editor), ECharts, the report's script and the
/// page's own, all inlined as in the report, so the page asks the server for nothing but its JSON API.
/// </summary>
/// <param name="Policy">the page's Content-Security-Policy, also sent as a header</param>
internal sealed record WorkbenchPage(string Html, string Policy)
{
    public static WorkbenchPage Build()
    {
        string[] scripts = [ReportAssets.ECharts, Read("editor.min.js"), ReportAssets.Script, Read("workbench.js")];
        // The browser hashes a script as parsed, CR LF and CR made LF: so is each block (only those; U+2028 may be in a string).
        var blocks = scripts.Select(s => $"\n{s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')}\n").ToList();
        // Scripts run only if they are these inline blocks, by their hashes: the views pane takes the report's markup
        // from the server, and even a handler or script slipped into it (escaping all text is the first defence)
        // could not run. Styles stay inline (CodeMirror and ECharts set them); requests go to this server alone.
        var hashes = string.Join(" ", blocks.Select(b => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(b)))}'"));
        var policy = $"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n")
            .Append("<title>规则工作台 · PolicyDsl workbench</title>\n<style>\n").Append(ReportAssets.Style).Append('\n').Append(Read("workbench.css")).Append("\n</style>\n</head>\n<body>\n")
            .Append("<header class=\"bar\"><h1>规则工作台 <span class=\"en\">PolicyDsl workbench</span></h1>")
            .Append("<label>文件 <span class=\"en\">file</span> <select id=\"file\"></select></label>")
            .Append("<button id=\"save\" type=\"button\">保存 <span class=\"en\">save</span> (Ctrl+S)</button><span id=\"status\" role=\"status\"></span></header>\n")
            .Append("<main class=\"workbench\">\n<div class=\"left\"><div id=\"editor\"></div>\n<ul id=\"diagnostics\" class=\"diagnostics\"></ul></div>\n")
            .Append("<div class=\"right\"><nav><ol><li><a href=\"#rules\">政策标准对比 <span class=\"en\">the rules side by side</span></a></li>")
            .Append("<li><a href=\"#scenarios\">典型人员情景 <span class=\"en\">typical persons</span></a></li></ol></nav>\n")
            .Append("<p id=\"views-note\" class=\"en\"></p>\n<div id=\"views\"></div></div>\n</main>\n");
        foreach (var block in blocks) html.Append("<script>").Append(block).Append("</script>\n");
        return new WorkbenchPage(html.Append("</body>\n</html>\n").ToString(), policy);
    }

    private static string Read(string name) => ReportAssets.Read($"PolicyDsl.Cli.Serve.{name}");
}
