using System.Globalization;

namespace PolicyDsl.Cli.Input;

/// <summary>A number cell of a workbook (.xlsx or .xls) as the text a CSV saved from it would hold, or why it cannot be trusted.</summary>
internal static class SheetNumber
{
    public static (string Text, string? Problem) Text(double number, string raw)
    {
        // Excel keeps 15 significant digits: a number of 16 or more (an 18-digit 身份证号 typed into a number cell) has lost its last ones.
        if (Math.Abs(number) >= 1e15) return ("", $"holds the number {raw}, longer than the 15 digits Excel keeps, so its last digits are lost; store ids as text (设置单元格格式 → 文本) and enter them again");
        // A double to decimal keeps 15 significant digits, as Excel shows: 0.1+0.2 is 0.3, not 0.30000000000000004.
        return (((decimal)number).ToString(CultureInfo.InvariantCulture), null);
    }
}
