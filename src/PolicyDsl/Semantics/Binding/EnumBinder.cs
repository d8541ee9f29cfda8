using System.Reflection;
using System.Reflection.Emit;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Binding;

/// <summary>
/// Turns each <c>enum</c> declaration into a real run-time enumeration (a collectible dynamic type), so
/// every back end, reader and generator treats it exactly like the prelude's Level or Status, and
/// registers its spellings: the member's name, its snake_case form for files, its Chinese label, and lower case.
/// </summary>
internal static class EnumBinder
{
    public static List<EnumType> Bind(PolicyFile file, BindingContext context)
    {
        var declared = new List<EnumType>();
        var declarations = file.Declarations.OfType<EnumDeclaration>().ToList();
        if (declarations.Count == 0) return declared;
        var module = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName($"PolicyDsl.DeclaredEnums.{Guid.NewGuid():N}"), AssemblyBuilderAccess.RunAndCollect)
            .DefineDynamicModule("Enums");
        var members = new HashSet<string>(StringComparer.Ordinal);
        // An overlong name is already reported (NameLengths); it cannot become a type.
        foreach (var declaration in declarations.Where(NameLengths.Fits))
        {
            if (PolicyTypes.Lookup(declaration.Name) is not null || declared.Any(t => t.Name == declaration.Name))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.DuplicateDefinition, declaration.NameSpan, declaration.Name, context.Diagnostics.Source.GetPosition(declaration.NameSpan.Start).Line);
                continue;
            }
            var ok = true;
            // Files spell a member by name, snake_case, lower case or label: none of these may name two members.
            var spellings = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var member in declaration.Members)
            {
                var forms = new[] { member.Name, InputBinder.SnakeCase(member.Name), member.Label }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (DomainVocabulary.Lookup(member.Name) is not null || !members.Add(member.Name) || forms.Any(f => !spellings.Add(f)))
                {
                    context.Diagnostics.Report(DiagnosticCatalogue.DuplicateEnumMember, member.Span, member.Name);
                    ok = false;
                }
            }
            if (!ok) continue;
            var builder = module.DefineEnum(declaration.Name, TypeAttributes.Public, typeof(int));
            for (var i = 0; i < declaration.Members.Count; i++) builder.DefineLiteral(declaration.Members[i].Name, i);
            var type = builder.CreateType();
            // Spellings: as in rule files, snake_case for files (WithAccount → with_account, like single_pool), the label, lower case.
            DomainVocabulary.Register(type, declaration.Members.Select(m =>
                ((Enum)Enum.Parse(type, m.Name), new[] { m.Name, InputBinder.SnakeCase(m.Name), m.Label ?? m.Name, m.Name.ToLowerInvariant() })));
            foreach (var citation in declaration.Citations) context.AddCitation(citation);
            declared.Add(new EnumType(declaration.Name, type));
        }
        return declared;
    }
}
