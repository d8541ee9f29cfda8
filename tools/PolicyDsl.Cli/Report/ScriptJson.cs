using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyDsl.Cli.Report;

/// <summary>
/// The one way data goes into the report's script: JSON for a <c>&lt;script type="application/json"&gt;</c>
/// block that the page reads with <c>JSON.parse</c>, so data is never run as code. Every <c>&lt;</c> is
/// written <c>\u003c</c> (in JSON a <c>&lt;</c> can only be inside a string, where the escape means the
/// same character), so no <c>&lt;/script&gt;</c> or <c>&lt;!--</c> in a title or citation can end the block.
/// </summary>
internal static class ScriptJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Chinese stays readable in the page's source; the one character that matters is handled below.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options).Replace("<", "\\u003c", StringComparison.Ordinal);
}
