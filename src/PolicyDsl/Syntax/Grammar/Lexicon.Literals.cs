using System.Globalization;
using System.Text;
using PolicyDsl.Diagnostics;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Syntax.Lexical;
using PolicyDsl.Text;
using Sprache;

namespace PolicyDsl.Syntax.Grammar;

internal static partial class Lexicon
{
    /// <summary><c>2023-01-01</c> or <c>2023年1月1日</c>.</summary>
    /// <summary>A date; null when it reads as one but does not exist (2023-02-30), already reported.</summary>
    internal static readonly Parser<Lexeme<DateOnly?>> DateValue =
        Terminal("a date", (ParseSession session, int i, out DateOnly? value, out int next) =>
        {
            value = null;
            var text = session.Text;
            if (!TryReadDateParts(text, i, session.End, out var year, out var month, out var day, out next)) return false;
            var span = TextSpan.FromBounds(i, next);
            if (DateOnly.TryParseExact($"{year:D4}-{month:D2}-{day:D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                value = date;
            }
            else
            {
                session.ReportLiteral(DiagnosticCatalogue.InvalidDate, span, text[i..next]);
            }
            return true;
        });

    internal static bool TryReadDateParts(string text, int i, int end, out int year, out int month, out int day, out int next)
    {
        year = month = day = 0;
        next = i;
        var p = i;
        if (!ReadDigits(text, ref p, end, 4, 4, out year)) return false;
        if (p < end && text[p] == '-')
        {
            p++;
            if (!ReadDigits(text, ref p, end, 1, 2, out month) || p >= end || text[p] != '-') return false;
            p++;
            if (!ReadDigits(text, ref p, end, 1, 2, out day)) return false;
        }
        else if (p < end && text[p] == '年')
        {
            p++;
            if (!ReadDigits(text, ref p, end, 1, 2, out month) || p >= end || text[p] != '月') return false;
            p++;
            if (!ReadDigits(text, ref p, end, 1, 2, out day) || p >= end || text[p] != '日') return false;
            p++;
        }
        else
        {
            return false;
        }
        if (p < end && char.IsAsciiDigit(text[p])) return false;
        next = p;
        return true;
    }

    internal static bool ReadDigits(string text, ref int p, int end, int min, int max, out int value)
    {
        value = 0;
        var start = p;
        while (p < end && p - start < max && char.IsAsciiDigit(text[p])) value = value * 10 + (text[p++] - '0');
        return p - start >= min;
    }

    /// <summary>
    /// A number with its unit: <c>300元</c>, <c>1.5万元</c>, <c>60%</c>, <c>10pp</c>, <c>10个百分点</c>,
    /// <c>70</c> or <c>70岁</c>. A fraction without a unit is reported: 0.6 could be a ratio or money.
    /// </summary>
    internal static readonly Parser<Lexeme<LiteralExpr>> NumberValue =
        Terminal("a number", (ParseSession session, int i, out LiteralExpr value, out int next) =>
        {
            value = null!;
            var text = session.Text;
            var end = session.End;
            var p = i;
            var digits = new StringBuilder();
            while (p < end && (char.IsAsciiDigit(text[p]) || (text[p] == '_' && digits.Length > 0))) { if (text[p] != '_') digits.Append(text[p]); p++; }
            if (digits.Length == 0) { next = i; return false; }
            var hasFraction = false;
            if (p + 1 < end && text[p] == '.' && char.IsAsciiDigit(text[p + 1]))
            {
                hasFraction = true;
                digits.Append('.');
                p++;
                while (p < end && char.IsAsciiDigit(text[p])) digits.Append(text[p++]);
            }
            var (unit, unitEnd) = ReadUnit(text, p, end);
            next = unitEnd;
            var span = TextSpan.FromBounds(i, next);
            if (!decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                session.ReportLiteral(DiagnosticCatalogue.NumberOutOfRange, span, text[i..next]);
                value = new InvalidLiteral(span);
                return true;
            }
            if (unit == "万元" && number > decimal.MaxValue / 10_000m)
            {
                session.ReportLiteral(DiagnosticCatalogue.NumberOutOfRange, span, text[i..next]);
                value = new InvalidLiteral(span);
                return true;
            }
            value = unit switch
            {
                "元" => new MoneyLiteral(number, span),
                "万元" => new MoneyLiteral(number * 10_000m, span),
                "%" => new RatioLiteral(number / 100m, span),
                "pp" or "个百分点" => new PointsLiteral(number / 100m, span),
                _ => WholeNumber(session, number, hasFraction, span, text[i..next]),
            };
            return true;
        });

    internal static LiteralExpr WholeNumber(ParseSession session, decimal number, bool hasFraction, TextSpan span, string written)
    {
        if (hasFraction)
        {
            session.ReportLiteral(DiagnosticCatalogue.DecimalNeedsUnit, span, written);
            return new InvalidLiteral(span);
        }
        if (number > int.MaxValue)
        {
            session.ReportLiteral(DiagnosticCatalogue.NumberOutOfRange, span, written);
            return new InvalidLiteral(span);
        }
        return new IntLiteral((int)number, span);
    }

    internal static readonly string[] Units = ["万元", "元", "%", "个百分点", "pp", "岁"];

    internal static (string? Unit, int End) ReadUnit(string text, int p, int end)
    {
        foreach (var unit in Units)
        {
            if (p + unit.Length > end || string.CompareOrdinal(text, p, unit, 0, unit.Length) != 0) continue;
            // "pp" must be the whole word: 10ppx is not 10pp followed by x.
            if (unit == "pp" && p + 2 < end && CharClass.IsIdentifierPart(text[p + 2])) continue;
            return (unit == "岁" ? null : unit, p + unit.Length);
        }
        return (null, p);
    }

    /// <summary>A quoted string; <c>\"</c> and <c>\\</c> escape.</summary>
    internal static readonly Parser<Lexeme<string>> StringValue =
        Terminal("a quoted string", (ParseSession session, int i, out string value, out int next) =>
        {
            value = "";
            next = i;
            var text = session.Text;
            if (i >= session.End || text[i] != '"') return false;
            var builder = new StringBuilder();
            var p = i + 1;
            while (p < session.End && text[p] != '"' && text[p] != '\n')
            {
                if (text[p] == '\\' && p + 1 < session.End) p++;
                builder.Append(text[p++]);
            }
            if (p >= session.End || text[p] != '"') return false;
            value = builder.ToString();
            next = p + 1;
            return true;
        });

    /// <summary><c>@ 第四条（二）</c> or <c>@ "第四条 第（二）项"</c>.</summary>
    internal static readonly Parser<Citation> CitationValue =
        Terminal("a citation '@ …'", (ParseSession session, int i, out Citation value, out int next) =>
        {
            value = null!;
            next = i;
            var text = session.Text;
            if (i >= session.End || text[i] != '@') return false;
            var p = i + 1;
            while (p < session.End && text[p] is ' ' or '\t' or '\u3000') p++;
            if (p < session.End && text[p] == '"')
            {
                var close = text.IndexOf('"', p + 1);
                if (close < 0 || close >= session.End) return false;
                value = new Citation(text[(p + 1)..close], TextSpan.FromBounds(i, close + 1));
                next = close + 1;
                return true;
            }
            var citationEnd = LexicalScanner.CitationEnd(text, p, session.End);
            if (citationEnd == p) return false;
            value = new Citation(text[p..citationEnd], TextSpan.FromBounds(i, citationEnd));
            next = citationEnd;
            return true;
        }).Select(l => l.Value);

    internal static readonly Parser<Lexeme<bool>> BoolValue =
        Keyword("true").Select(l => new Lexeme<bool>(true, l.Span))
            .Or(Keyword("false").Select(l => new Lexeme<bool>(false, l.Span)));

    internal static readonly Parser<LiteralExpr> Literal =
        DateValue.Select(LiteralExpr (d) => d.Value is { } date ? new DateLiteral(date, d.Span) : new InvalidLiteral(d.Span))
            .Or(NumberValue.Select(n => n.Value))
            .Or(BoolValue.Select(LiteralExpr (b) => new BoolLiteral(b.Value, b.Span)))
            .Or(StringValue.Select(LiteralExpr (s) => new TextLiteral(s.Value, s.Span)));
}
