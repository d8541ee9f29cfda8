using System.Text;
using System.Text.Unicode;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// The text of a data file (claims, persons, params, cases), decoded exactly or refused with where
/// it goes wrong: never with U+FFFD standing in for bytes that could not be read, since a person's id
/// read that way is silently someone else's. UTF-8 (with or without a BOM) unless the analyst says
/// GBK or GB18030, the encodings Excel and Notepad use on Chinese Windows.
/// </summary>
internal static class InputText
{
    /// <summary>The values of <c>--encoding</c>.</summary>
    public static readonly string[] EncodingNames = ["utf-8", "gbk", "gb18030"];

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    static InputText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The file's bytes, or the reason it cannot be read. At most the kind's limit is read: a larger file
    /// (or an endless one, /dev/zero) is refused (PD0419), never read whole first.
    /// </summary>
    public static (byte[]? Bytes, InputError? Error) ReadBytes(string path, InputKind kind)
    {
        if (Directory.Exists(path)) return (null, new InputError(DiagnosticCatalogue.UnreadableFile, path, ["it is a directory, not a file"]));
        var limit = InputKinds.MaxBytes(kind);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            // A regular file says its length; a device or pipe says 0, so reading stops at the limit instead.
            if (stream.CanSeek && stream.Length > limit) return (null, TooLarge(path, kind, limit));
            var content = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                if (content.Length + read > limit) return (null, TooLarge(path, kind, limit));
                content.Write(chunk, 0, read);
            }
            return (content.ToArray(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, new InputError(DiagnosticCatalogue.UnreadableFile, path, [Reason(e)]));
        }
    }

    /// <summary>
    /// Why a file that another engine opens itself (a Parquet file, read by DuckDB) cannot be read, or null:
    /// the same checks and errors as <see cref="ReadBytes"/>, without reading it.
    /// </summary>
    /// <param name="whole">whether the file is to be read whole, and so held to the kind's limit (a file streamed may be of any size)</param>
    public static InputError? Unreadable(string path, InputKind kind, bool whole = true)
    {
        if (Directory.Exists(path)) return new InputError(DiagnosticCatalogue.UnreadableFile, path, ["it is a directory, not a file"]);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            var limit = InputKinds.MaxBytes(kind);
            return !stream.CanSeek ? new InputError(DiagnosticCatalogue.UnreadableFile, path, ["it is not a regular file"])
                : whole && stream.Length > limit ? TooLarge(path, kind, limit) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new InputError(DiagnosticCatalogue.UnreadableFile, path, [Reason(e)]);
        }
    }

    private static InputError TooLarge(string path, InputKind kind, long limit) =>
        new(DiagnosticCatalogue.InputFileTooLarge, path, [InputKinds.Name(kind), limit]);

    private static string Reason(Exception e) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    /// <summary>Reads and decodes <paramref name="path"/>; <paramref name="encoding"/> is one of <see cref="EncodingNames"/> or null for UTF-8.</summary>
    public static (string? Text, InputError? Error) Read(string path, string? encoding, InputKind kind)
    {
        var (bytes, error) = ReadBytes(path, kind);
        return bytes is null ? (null, error) : Decode(path, bytes, encoding);
    }

    public static (string? Text, InputError? Error) Decode(string path, byte[] bytes, string? encoding)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            return (null, new InputError(DiagnosticCatalogue.NotUtf8Text, $"{path}:1:1", ["UTF-8", "FF FE (a UTF-16 mark: Excel's 'Unicode text')",
                "save it from Excel as 'CSV UTF-8 (逗号分隔)'"]));
        }
        var hasBom = bytes.AsSpan().StartsWith(Utf8Bom);
        var body = hasBom ? bytes.AsSpan(Utf8Bom.Length) : bytes.AsSpan();
        var utf8 = TryUtf8(body, out var text, out var badAt);
        if (encoding is "gbk" or "gb18030")
        {
            // Valid UTF-8 with Chinese in it is almost never meant as GBK; decoding it so would garble every name.
            if (hasBom || (utf8 && body.ToArray().Any(b => b >= 0x80)))
            {
                return (null, new InputError(DiagnosticCatalogue.WrongEncoding, path, [encoding]));
            }
            return DecodeGb(path, body.ToArray(), encoding);
        }
        if (!utf8)
        {
            var (line, column) = Position(Encoding.UTF8.GetString(body[..badAt]));
            var shown = Convert.ToHexString(body.Slice(badAt, Math.Min(2, body.Length - badAt))).Insert(2, " ").Trim();
            var hint = LooksLikeGbk(body)
                ? "this looks like GBK, as Excel saves CSV on Chinese Windows: save it as 'CSV UTF-8 (逗号分隔)', or pass --encoding gbk"
                : "save the file as UTF-8, or pass --encoding gbk or gb18030 if it is Chinese text from Windows";
            return (null, new InputError(DiagnosticCatalogue.NotUtf8Text, $"{path}:{line}:{column}", ["UTF-8", shown, hint]));
        }
        return Refuse(path, text, '\uFFFD', "a U+FFFD replacement character: bytes lost when the file was converted before") is { } lost ? (null, lost) : (text, null);
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text, out int badAt)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        text = new string(chars, 0, written);
        badAt = read;
        return status == System.Buffers.OperationStatus.Done;
    }

    private static (string? Text, InputError? Error) DecodeGb(string path, byte[] bytes, string encoding)
    {
        var gb = Encoding.GetEncoding(encoding == "gbk" ? 936 : 54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        string text;
        try
        {
            text = gb.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(gb.GetString(bytes, 0, Math.Clamp(e.Index, 0, bytes.Length)));
            return (null, new InputError(DiagnosticCatalogue.NotUtf8Text, $"{path}:{line}:{column}", [encoding.ToUpperInvariant(), Convert.ToHexString(e.BytesUnknown ?? []), "check --encoding"]));
        }
        // GBK maps its unassigned byte pairs to private-use characters: they are no one's name.
        var privateUse = text.FirstOrDefault(c => c is >= '\uE000' and <= '\uF8FF');
        return privateUse != default && Refuse(path, text, privateUse, $"bytes that are no character in {encoding.ToUpperInvariant()} (read as U+{(int)privateUse:X4})") is { } bad
            ? (null, bad)
            : (text, null);
    }

    private static InputError? Refuse(string path, string text, char character, string what)
    {
        var at = text.IndexOf(character);
        if (at < 0) return null;
        var (line, column) = Position(text[..at]);
        return new InputError(DiagnosticCatalogue.UnreadableCharacter, $"{path}:{line}:{column}", [what]);
    }

    /// <summary>
    /// Non-UTF-8 bytes that read as GB18030 almost only as Chinese characters and punctuation: a CSV
    /// saved by Excel on Chinese Windows.
    /// </summary>
    private static bool LooksLikeGbk(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.GetEncoding(54936).GetString(bytes);
        var wide = text.Where(c => c >= 0x80).ToList();
        return wide.Count > 0 && wide.Count(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF') >= wide.Count * 9 / 10;
    }

    /// <summary>The 1-based line and column just after <paramref name="before"/>.</summary>
    private static (int Line, int Column) Position(string before)
    {
        var lastNewline = before.LastIndexOf('\n');
        return (before.Count(c => c == '\n') + 1, before.Length - lastNewline);
    }
}
