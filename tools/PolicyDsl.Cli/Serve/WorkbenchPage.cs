using System.Text;
using PolicyDsl.Cli.Report;

namespace PolicyDsl.Cli.Serve;

/// <summary>
/// The workbench's one page: the editor bundle (CodeMirror 6, Serve/editor), ECharts and the page's script, all
/// inlined as in the report, so the page asks the server for nothing but its JSON API.
/// </summary>
internal static class WorkbenchPage
{
    public static string Html() => new StringBuilder()
        .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        // Scripts and styles are inline; the only requests the page may make are to this server's API.
        .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:\">\n")
        .Append("<title>规则工作台 · PolicyDsl workbench</title>\n<style>\n").Append(ReportAssets.Style).Append('\n').Append(Read("workbench.css")).Append("\n</style>\n</head>\n<body>\n")
        .Append("<header class=\"bar\"><h1>规则工作台 <span class=\"en\">PolicyDsl workbench</span></h1>")
        .Append("<label>文件 <span class=\"en\">file</span> <select id=\"file\"></select></label>")
        .Append("<button id=\"save\" type=\"button\">保存 <span class=\"en\">save</span> (Ctrl+S)</button><span id=\"status\" role=\"status\"></span></header>\n")
        .Append("<main class=\"workbench\">\n<div class=\"left\"><div id=\"editor\"></div>\n<ul id=\"diagnostics\" class=\"diagnostics\"></ul></div>\n")
        .Append("<div class=\"right\"><div class=\"choose\"><label>医院等级 <span class=\"en\">level</span> <select id=\"level\"></select></label> ")
        .Append("<label>人员 <span class=\"en\">person</span> <select id=\"person\"></select></label></div>\n")
        .Append("<div class=\"chart\" id=\"chart\" role=\"img\" aria-label=\"统筹基金支付 fund paid\"></div>\n<p id=\"chart-note\" class=\"en\"></p></div>\n</main>\n")
        .Append("<script>\n").Append(ReportAssets.ECharts).Append("\n</script>\n")
        .Append("<script>\n").Append(Read("editor.min.js")).Append("\n</script>\n")
        .Append("<script>\n").Append(Read("workbench.js")).Append("\n</script>\n</body>\n</html>\n")
        .ToString();

    private static string Read(string name) => ReportAssets.Read($"PolicyDsl.Cli.Serve.{name}");
}
