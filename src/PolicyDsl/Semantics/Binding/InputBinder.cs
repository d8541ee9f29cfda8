using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Binding;

/// <summary>
/// Checks a policy's <c>input</c> declarations and builds its <see cref="InputSchema"/>: claim or person
/// only, a name and a CSV column no other input has, a default of the declared type or "required".
/// </summary>
internal static class InputBinder
{
    public static InputSchema Bind(PolicyFile file, BindingContext context, Func<TypeSyntax, PolicyType> bindType, IReadOnlyList<InputSymbol> totals)
    {
        var declared = new List<InputSymbol>();
        foreach (var input in file.Declarations.OfType<InputDeclaration>())
        {
            if (!InputSchema.Groups.TryGetValue(input.Group, out var group) || group is not (InputGroup.Claim or InputGroup.Person))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.InputGroup, input.GroupSpan, input.Group);
                continue;
            }
            var taken = Prelude.Inputs.Concat(declared).FirstOrDefault(i => string.Equals(i.Name, input.Name, StringComparison.OrdinalIgnoreCase));
            if (taken is not null)
            {
                context.Diagnostics.Report(DiagnosticCatalogue.DuplicateInput, input.NameSpan, input.Name, Where(taken, context));
                continue;
            }
            var type = bindType(input.Type);
            if (type is RecordType) type = PolicyTypes.Error;
            var column = input.Column ?? SnakeCase(input.Name);
            if (ColumnClash(column, input.ChineseColumn, declared) is ({ } name, { } owner))
            {
                // At the column clause when there is one, so the analyst sees which of the two names is taken.
                var span = input.ColumnSpan.Length > 0 ? input.ColumnSpan : input.NameSpan;
                context.Diagnostics.Report(DiagnosticCatalogue.InputColumnTaken, span, name, owner);
                continue;
            }
            var @default = input.Default is { } d ? Default(d, type, input.Name, context) : null;
            declared.Add(new InputSymbol(group, input.Name, type, null, column, input.ChineseColumn, @default, input.Required,
                input.Description, input.Citations.Select(context.AddCitation).ToList(), input.NameSpan));
        }
        return new InputSchema(declared, totals);
    }

    /// <summary>The first of the input's column names (English, then Chinese) that is already taken, and by what.</summary>
    private static (string Name, string Owner)? ColumnClash(string column, string? chinese, IReadOnlyList<InputSymbol> declared)
    {
        foreach (var name in chinese is null ? [column] : new[] { column, chinese })
        {
            if (Same(name, Prelude.PersonIdColumn) || Same(name, Prelude.PersonIdChineseColumn)) return (name, "the person id");
            var clash = Prelude.Inputs.Concat(declared).FirstOrDefault(i => Same(i.Column, name) || Same(i.ChineseColumn, name));
            if (clash is not null) return (name, clash.QualifiedName);
        }
        return null;
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Where(InputSymbol taken, BindingContext context) => taken.IsDeclared
        ? $"at line {context.Diagnostics.Source.GetPosition(taken.Span.Start).Line}"
        : $"in the prelude ({taken.QualifiedName})";

    private static object? Default(Expr value, PolicyType type, string name, BindingContext context)
    {
        if (PolicyTypes.IsWildcard(type)) return null;
        var (found, foundType) = value switch
        {
            LiteralExpr literal when ExpressionBinder.BindLiteral(literal) is Bound.BoundLiteral l => (l.Value, (PolicyType?)l.Type),
            NameExpr n when context.LookupMember(n.Name) is { } member => (member, context.TypeOf(member)),
            _ => ((object?)null, (PolicyType?)null),
        };
        if (foundType == type) return found;
        if (foundType is not ErrorType) context.Diagnostics.Report(DiagnosticCatalogue.DefaultType, value.Span, name, foundType?.ToString() ?? "not a value", type);
        return null;
    }

    /// <summary><c>oldWorker</c> → <c>old_worker</c>, the spelling of the prelude's columns.</summary>
    internal static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
