using System.Globalization;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Tests.Support;

/// <summary>Prints syntax as S-expressions, without spans, so parser tests state the tree's shape plainly.</summary>
internal static class AstPrinter
{
    public static string Print(Expr expr) => expr switch
    {
        MoneyLiteral m => $"{m.Yuan.ToString("0.##", CultureInfo.InvariantCulture)}元",
        RatioLiteral r => $"{(r.Fraction * 100).ToString("0.##", CultureInfo.InvariantCulture)}%",
        PointsLiteral p => $"{(p.Fraction * 100).ToString("0.##", CultureInfo.InvariantCulture)}pp",
        IntLiteral i => i.Value.ToString(CultureInfo.InvariantCulture),
        DateLiteral d => d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        BoolLiteral b => b.Value ? "true" : "false",
        TextLiteral t => $"\"{t.Value}\"",
        NameExpr n => n.Name,
        MemberExpr m => $"{Print(m.Target)}.{m.Member}",
        ApplyExpr a => $"({Print(a.Function)} {string.Join(" ", a.Arguments.Select(Print))})",
        UnaryExpr u => $"({u.Operator} {Print(u.Operand)})",
        BinaryExpr b => $"({b.Operator} {Print(b.Left)} {Print(b.Right)})",
        IfExpr i => $"(if {Print(i.Condition)} {Print(i.Then)} {Print(i.Else)})",
        MatchExpr m => $"(match {Print(m.Scrutinee)} {string.Join(" ", m.Arms.Select(a => $"[{string.Join("|", a.Patterns.Select(Print))} -> {Print(a.Body)}]"))})",
        DatedExpr d => $"(dated {string.Join(" ", d.Branches.Select(b => $"[{b.Bound.ToString().ToLowerInvariant()} {b.Date:yyyy-MM-dd} -> {Print(b.Value)}]"))})",
        RecordExpr r => $"{{{string.Join("; ", r.Fields.Select(f => $"{f.Name} = {Print(f.Value)}"))}}}",
        CitedExpr c => $"({Print(c.Inner)} @ {c.Citation.Text})",
        InvalidLiteral => "<invalid>",
        UnstatedExpr u => $"(unstated \"{u.Reason}\")",
        _ => expr.GetType().Name,
    };

    private static string Print(Pattern pattern) => pattern switch
    {
        WildcardPattern => "_",
        NamePattern n => n.Name,
        LiteralPattern l => Print(l.Literal),
        _ => pattern.GetType().Name,
    };
}
