using System.Linq.Expressions;
using System.Reflection;
using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;
using static System.Linq.Expressions.Expression;

namespace PolicyDsl.Compilation;

/// <summary>
/// Turns one checked rule into a System.Linq.Expressions lambda over <see cref="EvaluationContext"/>.
/// Let values become lazily-set locals (computed at most once per evaluation, and only if needed, so a
/// parameter is required only where it is really read); functions are inlined; records are already gone.
/// With tracing on, each cited expression records its citation as it is evaluated.
/// </summary>
internal sealed class ExpressionTreeCompiler : IBoundVisitor<Expression>
{
    private static readonly MethodInfo CiteMethod = typeof(EvaluationTrace).GetMethod(nameof(EvaluationTrace.Cite))!;
    private static readonly MethodInfo UseParameterMethod = typeof(EvaluationTrace).GetMethod(nameof(EvaluationTrace.UseParameter))!;
    private static readonly MethodInfo GetParameterMethod = typeof(ParameterValues).GetMethod(nameof(ParameterValues.Get))!;
    private static readonly MethodInfo ErrorMethod = typeof(RuntimeErrors).GetMethod(nameof(RuntimeErrors.Create))!;

    private readonly bool _trace;
    private readonly ValueInitializers _initializers;
    private readonly ParameterExpression _context = Parameter(typeof(EvaluationContext), "context");
    private readonly Dictionary<ValueSymbol, (ParameterExpression Value, ParameterExpression Ready)> _values = [];
    private readonly Dictionary<LocalSymbol, ParameterExpression> _locals = [];

    private ExpressionTreeCompiler(bool trace, ValueInitializers initializers)
    {
        _trace = trace;
        _initializers = initializers;
    }

    public static Expression<Func<EvaluationContext, T>> CompileRule<T>(BoundExpr rule, bool trace, ValueInitializers? initializers = null)
    {
        var compiler = new ExpressionTreeCompiler(trace, initializers ?? new ValueInitializers(trace));
        var body = compiler.CompileAs(rule, typeof(T));
        var slots = compiler._values.Values.SelectMany(s => new[] { s.Value, s.Ready }).ToList();
        var block = slots.Count == 0 ? body : Block(typeof(T), slots, body);
        return Lambda<Func<EvaluationContext, T>>(block, "rule", [compiler._context]);
    }

    /// <summary>The slot of a total's key (<see cref="Semantics.TotalKeys"/>): an enumeration member's number, or 0/1 for a Bool.</summary>
    public static Expression<Func<EvaluationContext, int>> CompileKey(BoundExpr key)
    {
        var compiler = new ExpressionTreeCompiler(trace: false, new ValueInitializers(false));
        var value = compiler.Compile(key);
        var slot = value.Type == typeof(bool) ? Condition(value, Constant(1), Constant(0)) : (Expression)Convert(value, typeof(int));
        return Lambda<Func<EvaluationContext, int>>(slot, "key", [compiler._context]);
    }

    /// <summary>
    /// Several conditions in one lambda, chosen by index: <c>(context, i) =&gt; switch (i) { case 0: … }</c>.
    /// Compiling a delegate costs about a millisecond, so 20,000 exclusions compiled one by one took
    /// 15 s; in groups they take a fraction. Only the chosen case runs, with its own let values.
    /// </summary>
    public static Expression<Func<EvaluationContext, int, bool>> CompileCases(IReadOnlyList<BoundExpr> cases, bool trace, ValueInitializers initializers)
    {
        var compiler = new ExpressionTreeCompiler(trace, initializers);
        var index = Parameter(typeof(int), "index");
        var arms = cases.Select((c, i) => SwitchCase(compiler.CompileAs(c, typeof(bool)), Constant(i))).ToArray();
        var outOfRange = Throw(New(typeof(ArgumentOutOfRangeException).GetConstructor([typeof(string)])!, Constant("index")), typeof(bool));
        Expression body = Switch(typeof(bool), index, outOfRange, null, arms);
        var slots = compiler._values.Values.SelectMany(s => new[] { s.Value, s.Ready }).ToList();
        if (slots.Count > 0) body = Block(typeof(bool), slots, body);
        return Lambda<Func<EvaluationContext, int, bool>>(body, "cases", [compiler._context, index]);
    }

    /// <summary>Compiles <paramref name="expr"/>; an unstated one becomes a throw of the type the context needs.</summary>
    private Expression CompileAs(BoundExpr expr, Type type)
    {
        if (expr.Type is not UnstatedType) return Compile(expr);
        return expr switch
        {
            BoundUnstated u => Throw(Call(ErrorMethod, Constant(DiagnosticCatalogue.UnstatedReached), NewArrayInit(typeof(object), Constant(u.Reason))), type),
            BoundIf i => Condition(CompileAs(i.Condition, typeof(bool)), CompileAs(i.Then, type), CompileAs(i.Else, type), type),
            BoundCited c => Cite(c, CompileAs(c.Inner, type)),
            BoundMatch m => CompileMatch(m, type),
            BoundDated d => CompileDated(d, type),
            BoundValue v => CompileAs(v.Value.Body, type),
            BoundCall c => CompileCall(c, type),
            BoundBinary b => CompileAs(b.Left.Type is UnstatedType ? b.Left : b.Right, type),
            BoundMinMax m => CompileAs(m.Left.Type is UnstatedType ? m.Left : m.Right, type),
            _ => throw new InvalidOperationException($"cannot compile unstated {expr.GetType().Name}"),
        };
    }

    private Expression Compile(BoundExpr expr) => expr.Accept(this);

    public Expression Visit(BoundLiteral node) => Constant(node.Value, node.Type.ClrType);

    public Expression Visit(BoundInput node) => node.Input switch
    {
        { TotalIndex: { } total } => CompileTotal(total, node.Input),
        { Builtin: { } field } => CompileInput(field),
        _ => CompileDeclaredInput(node.Input),
    };

    public Expression Visit(BoundParameter node) => CompileParameter(node.Parameter);
    public Expression Visit(BoundValue node) => CompileValue(node.Value);
    public Expression Visit(BoundLocal node) => _locals[node.Local];
    public Expression Visit(BoundCall node) => CompileCall(node, node.Type.ClrType);
    public Expression Visit(BoundMinMax node) => CompileMinMax(node);

    public Expression Visit(BoundUnary node) => node.Operator == UnaryOperator.Not ? Not(Compile(node.Operand))
        : node.Type.ClrType == typeof(int) ? NegateChecked(Compile(node.Operand)) : Negate(Compile(node.Operand));

    public Expression Visit(BoundBinary node) => CompileBinary(node);
    public Expression Visit(BoundIntToDecimal node) => Convert(Compile(node.Operand), typeof(decimal));
    public Expression Visit(BoundDatePart node) => Property(Compile(node.Date), node.Part.ToString());

    public Expression Visit(BoundIf node) =>
        Condition(CompileAs(node.Condition, typeof(bool)), CompileAs(node.Then, node.Type.ClrType), CompileAs(node.Else, node.Type.ClrType), node.Type.ClrType);

    public Expression Visit(BoundMatch node) => CompileMatch(node, node.Type.ClrType);
    public Expression Visit(BoundDated node) => CompileDated(node, node.Type.ClrType);
    public Expression Visit(BoundCited node) => Cite(node, Compile(node.Inner));
    public Expression Visit(BoundBands node) => CompileBands(node);
    public Expression Visit(BoundCapped node) => CompileCapped(node);

    // An unstated value is compiled by CompileAs, which knows the type its context needs; records and
    // errors never reach a back end (the checker lowers the one and refuses to go on after the other).
    public Expression Visit(BoundUnstated node) => throw new InvalidOperationException("an unstated value is compiled with the type its context needs");
    public Expression Visit(BoundRecord node) => throw new InvalidOperationException("the checker should have removed a record");
    public Expression Visit(BoundError node) => throw new InvalidOperationException("the checker should have stopped at an error");

    private Expression CompileInput(InputField field)
    {
        var claim = Field(_context, nameof(EvaluationContext.Claim));
        var person = Field(_context, nameof(EvaluationContext.Person));
        return field switch
        {
            InputField.ClaimAmount => Property(claim, nameof(Domain.Claim.Amount)),
            InputField.ClaimDate or InputField.Month => Field(_context, nameof(EvaluationContext.Date)),
            InputField.ClaimLevel => Property(claim, nameof(Domain.Claim.Level)),
            InputField.ClaimChannel => Property(claim, nameof(Domain.Claim.Channel)),
            InputField.ClaimPlace => Property(claim, nameof(Domain.Claim.Place)),
            InputField.ClaimDesignated => Property(claim, nameof(Domain.Claim.Designated)),
            InputField.ClaimInpatient => Property(claim, nameof(Domain.Claim.Inpatient)),
            InputField.PersonStatus => Property(person, nameof(Domain.Person.Status)),
            InputField.PersonAge => Property(person, nameof(Domain.Person.Age)),
            InputField.PersonScheme => Property(person, nameof(Domain.Person.Scheme)),
            InputField.PersonOldWorker => Property(person, nameof(Domain.Person.OldWorker)),
            InputField.PersonBase => Property(person, nameof(Domain.Person.Base)),
            InputField.ResultEligible or InputField.ResultDeductible or InputField.ResultRatio or InputField.ResultCap
                or InputField.ResultFund or InputField.ResultPersonal or InputField.ResultFundYearToDate
                => Property(Field(_context, nameof(EvaluationContext.Result)), ResultProperty(field)),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    private static readonly MethodInfo ReadInputMethod = typeof(DeclaredInputs).GetMethod(nameof(DeclaredInputs.Read))!;
    private static readonly MethodInfo SplitMethod = typeof(BenefitShapes).GetMethod(nameof(BenefitShapes.Split))!;
    private static readonly MethodInfo PayMethod = typeof(BenefitShapes).GetMethod(nameof(BenefitShapes.Pay))!;
    private static readonly MethodInfo CapMethod = typeof(BenefitShapes).GetMethod(nameof(BenefitShapes.Cap))!;

    /// <summary><c>context.Totals[i]</c>, as an Int for a count.</summary>
    private Expression CompileTotal(int index, InputSymbol total)
    {
        var value = ArrayIndex(Field(_context, nameof(EvaluationContext.Totals)), Constant(index));
        return total.Type.ClrType == typeof(int) ? Convert(value, typeof(int)) : value;
    }

    /// <summary><c>parts = Split(base, after, edges)</c>, then each band's <c>Pay</c> only where its part is above zero.</summary>
    private Expression CompileBands(BoundBands bands)
    {
        var edges = Variable(typeof(decimal[]), "edges");
        var parts = Variable(typeof(decimal[]), "parts");
        Expression paid = Constant(0m);
        for (var i = 0; i < bands.Bands.Count; i++)
        {
            var part = ArrayIndex(parts, Constant(i));
            var pay = Call(PayMethod, _context, parts, edges, Constant(i), CompileAs(bands.Bands[i].Ratio, typeof(decimal)));
            paid = Add(paid, Condition(GreaterThan(part, Constant(0m)), pay, Constant(0m)));
        }
        return Block(typeof(decimal), [edges, parts],
            Assign(edges, NewArrayInit(typeof(decimal), bands.Bands.Where(b => b.UpTo is not null).Select(b => CompileAs(b.UpTo!, typeof(decimal))))),
            Assign(parts, Call(SplitMethod, CompileAs(bands.Base, typeof(decimal)), CompileAs(bands.After, typeof(decimal)), edges)),
            paid);
    }

    /// <summary><c>when ? Cap(value, limit, against) : value</c>, the value computed once; the limit only where the cap applies.</summary>
    private Expression CompileCapped(BoundCapped capped)
    {
        var value = Variable(typeof(decimal), "capped");
        var limit = CompileAs(capped.Limit, typeof(decimal));
        Expression apply = Call(CapMethod, _context, value, limit, capped.Against is { } a ? CompileAs(a, typeof(decimal)) : Constant(0m), Constant(capped.Id));
        if (capped.Citations.Count > 0 && _trace)
        {
            apply = Block(capped.Citations.Select(c => (Expression)Call(CiteMethod, _context, Constant(c.Id))).Append(apply));
        }
        var body = capped.When is { } when ? Condition(CompileAs(when, typeof(bool)), apply, value) : apply;
        return Block(typeof(decimal), [value], Assign(value, CompileAs(capped.Value, typeof(decimal))), body);
    }

    /// <summary><c>DeclaredInputs.Read&lt;T&gt;(claim.Inputs, input)</c>: the value, the default, or PD0309.</summary>
    private Expression CompileDeclaredInput(InputSymbol input)
    {
        var owner = input.Group == InputGroup.Claim
            ? (Expression)Field(_context, nameof(EvaluationContext.Claim))
            : Field(_context, nameof(EvaluationContext.Person));
        var values = Property(owner, input.Group == InputGroup.Claim ? nameof(Domain.Claim.Inputs) : nameof(Domain.Person.Inputs));
        return Call(ReadInputMethod.MakeGenericMethod(input.Type.ClrType), values, Constant(input));
    }

    internal static string ResultProperty(InputField field) => field switch
    {
        InputField.ResultEligible => nameof(SettledFigures.Eligible),
        InputField.ResultDeductible => nameof(SettledFigures.Deductible),
        InputField.ResultRatio => nameof(SettledFigures.Ratio),
        InputField.ResultCap => nameof(SettledFigures.Cap),
        InputField.ResultFund => nameof(SettledFigures.Fund),
        InputField.ResultPersonal => nameof(SettledFigures.Personal),
        _ => nameof(SettledFigures.FundYearToDate),
    };

    private Expression CompileParameter(ParameterSymbol parameter)
    {
        var get = Call(Field(_context, nameof(EvaluationContext.Parameters)), GetParameterMethod.MakeGenericMethod(parameter.Type.ClrType), Constant(parameter.Index));
        return _trace ? Block(Call(UseParameterMethod, _context, Constant(parameter.Index)), get) : get;
    }

    /// <summary>
    /// <c>ready ? value : (value = init(context); ready = true; value)</c>. The body is compiled once, as
    /// its own delegate, so a chain of lets that each use the one before several times stays linear in
    /// size; within one evaluation each value is computed at most once, and only if it is needed.
    /// </summary>
    private Expression CompileValue(ValueSymbol symbol)
    {
        if (!_values.TryGetValue(symbol, out var slot))
        {
            slot = (Variable(symbol.Type.ClrType, symbol.Name), Variable(typeof(bool), symbol.Name + "_ready"));
            _values.Add(symbol, slot);
        }
        // A leaf let (one that reads no other let or function) is inlined: it cannot compound, and a
        // constant like a yearly limit then costs nothing. Others go through their shared initializer.
        var init = IsLeaf(symbol) ? Compile(symbol.Body) : Invoke(Constant(_initializers.For(symbol)), _context);
        return Condition(slot.Ready, slot.Value, Block(Assign(slot.Value, init), Assign(slot.Ready, Constant(true)), slot.Value));
    }

    private static bool IsLeaf(ValueSymbol symbol) =>
        !BoundTree.Reachable([symbol.Body]).Any(n => n is BoundValue or BoundCall);

    /// <summary>Compiles the initializer of one let value, sharing the cache of initializers.</summary>
    internal static Delegate CompileInitializer(ValueSymbol symbol, bool trace, ValueInitializers initializers)
    {
        var compiler = new ExpressionTreeCompiler(trace, initializers);
        var body = compiler.Compile(symbol.Body);
        var slots = compiler._values.Values.SelectMany(s => new[] { s.Value, s.Ready }).ToList();
        var block = slots.Count == 0 ? body : Block(body.Type, slots, body);
        var delegateType = typeof(Func<,>).MakeGenericType(typeof(EvaluationContext), body.Type);
        return Lambda(delegateType, block, symbol.Name, [compiler._context]).Compile();
    }

    private Expression CompileCall(BoundCall call, Type type)
    {
        var variables = new List<ParameterExpression>();
        var assignments = new List<Expression>();
        var saved = new List<(LocalSymbol, ParameterExpression?)>();
        for (var i = 0; i < call.Function.Parameters.Count; i++)
        {
            var local = call.Function.Parameters[i];
            var variable = Variable(local.Type.ClrType, local.Name);
            assignments.Add(Assign(variable, CompileAs(call.Arguments[i], local.Type.ClrType)));
            variables.Add(variable);
        }
        // Arguments are evaluated in the caller's scope; only then do the parameters come into scope.
        for (var i = 0; i < variables.Count; i++)
        {
            var local = call.Function.Parameters[i];
            saved.Add((local, _locals.GetValueOrDefault(local)));
            _locals[local] = variables[i];
        }
        var body = CompileAs(call.Function.Body, type);
        foreach (var (local, previous) in saved)
        {
            if (previous is null) _locals.Remove(local);
            else _locals[local] = previous;
        }
        return Block(type, variables, assignments.Append(body));
    }

    private Expression CompileMinMax(BoundMinMax minMax)
    {
        var type = minMax.Type.ClrType;
        var left = CompileAs(minMax.Left, type);
        var right = CompileAs(minMax.Right, type);
        if (type == typeof(decimal) || type == typeof(int))
        {
            return Call(typeof(Math).GetMethod(minMax.IsMax ? nameof(Math.Max) : nameof(Math.Min), [type, type])!, left, right);
        }
        var (a, b) = (Variable(type, "a"), Variable(type, "b"));
        var pick = minMax.IsMax ? GreaterThanOrEqual(a, b) : LessThanOrEqual(a, b);
        return Block(type, [a, b], Assign(a, left), Assign(b, right), Condition(pick, a, b));
    }

    private Expression CompileBinary(BoundBinary binary)
    {
        var operandType = binary.Left.Type is UnstatedType ? binary.Right.Type.ClrType : binary.Left.Type.ClrType;
        var left = CompileAs(binary.Left, operandType);
        var right = CompileAs(binary.Right, operandType);
        var checkedInt = operandType == typeof(int);
        return binary.Operator switch
        {
            BinaryOperator.Add => checkedInt ? AddChecked(left, right) : Add(left, right),
            BinaryOperator.Subtract => checkedInt ? SubtractChecked(left, right) : Subtract(left, right),
            BinaryOperator.Multiply => checkedInt ? MultiplyChecked(left, right) : Multiply(left, right),
            BinaryOperator.Divide => Divide(left, right),
            BinaryOperator.Equal => Equal(left, right),
            BinaryOperator.NotEqual => NotEqual(left, right),
            BinaryOperator.Less => LessThan(left, right),
            BinaryOperator.LessOrEqual => LessThanOrEqual(left, right),
            BinaryOperator.Greater => GreaterThan(left, right),
            BinaryOperator.GreaterOrEqual => GreaterThanOrEqual(left, right),
            BinaryOperator.And => AndAlso(left, right),
            _ => OrElse(left, right),
        };
    }

    private Expression CompileMatch(BoundMatch match, Type type)
    {
        var scrutinee = Compile(match.Scrutinee);
        var cases = match.Arms.Where(a => !a.IsWildcard)
            .Select(a => SwitchCase(CompileAs(a.Body, type), a.Values.Select(v => Constant(v, match.Scrutinee.Type.ClrType))))
            .ToList();
        var wildcard = match.Arms.FirstOrDefault(a => a.IsWildcard);
        // The checker proved the match exhaustive; without a wildcard the default is unreachable.
        var fallback = wildcard is not null
            ? CompileAs(wildcard.Body, type)
            : Throw(New(typeof(InvalidOperationException).GetConstructor([typeof(string)])!, Constant("no match arm applies")), type);
        return cases.Count == 0 ? Block(scrutinee, fallback) : Switch(type, scrutinee, fallback, null, cases);
    }

    /// <summary>The latest branch whose start is on or before the date wins; an opening 'until' branch covers everything before its end.</summary>
    private Expression CompileDated(BoundDated dated, Type type)
    {
        var date = Field(_context, nameof(EvaluationContext.Date));
        var first = dated.Branches[0];
        Expression result = first.From is { } start
            ? Throw(Call(ErrorMethod, Constant(DiagnosticCatalogue.NoDatedValue),
                NewArrayInit(typeof(object), Convert(date, typeof(object)), Constant(start, typeof(object)))), type)
            : Condition(LessThanOrEqual(date, Constant(first.Until!.Value)), CompileAs(first.Value, type),
                Throw(Call(ErrorMethod, Constant(DiagnosticCatalogue.NoDatedValue),
                    NewArrayInit(typeof(object), Convert(date, typeof(object)), Constant(Domain.Dates.Next(first.Until.Value), typeof(object)))), type), type);
        // Wrapping from the oldest branch outwards leaves the newest start date tested first.
        var froms = dated.Branches.Where(b => b.From is not null).ToList();
        Expression chain = result;
        foreach (var branch in froms)
        {
            chain = Condition(GreaterThanOrEqual(date, Constant(branch.From!.Value)), CompileAs(branch.Value, type), chain, type);
        }
        return chain;
    }

    private Expression Cite(BoundCited cited, Expression inner) =>
        _trace ? Block(inner.Type, Call(CiteMethod, _context, Constant(cited.Citation.Id)), inner) : inner;
}

/// <summary>Builds the exceptions compiled code throws.</summary>
internal static class RuntimeErrors
{
    public static PolicyEvaluationException Create(DiagnosticDescriptor descriptor, object?[] args) =>
        PolicyEvaluationException.Create(descriptor, args.Select(a => a is DateOnly d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : a).ToArray());
}
