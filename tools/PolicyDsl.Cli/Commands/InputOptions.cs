using System.CommandLine;
using PolicyDsl.Cli.Input;

namespace PolicyDsl.Cli.Commands;

/// <summary>How data files are read: <c>--encoding</c> (CSV, params and case files) and <c>--sheet</c> (workbooks).</summary>
internal sealed class InputOptions(bool sheets = true)
{
    public Option<string> Encoding { get; } = CreateEncoding();

    public Option<string> Sheet { get; } = new("--sheet") { Description = "the sheet of an .xlsx claims or persons file to read (default: the first)" };

    private static Option<string> CreateEncoding()
    {
        var option = new Option<string>("--encoding")
        {
            Description = "the encoding of CSV, params and case files: utf-8 (the default; a BOM is fine), or gbk／gb18030 for files saved by Excel on Chinese Windows",
        };
        option.AcceptOnlyFromAmong(InputText.EncodingNames);
        return option;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Encoding);
        if (sheets) command.Options.Add(Sheet);
    }

    public InputSettings Get(ParseResult result) => new(result.GetValue(Encoding), sheets ? result.GetValue(Sheet) : null);
}
