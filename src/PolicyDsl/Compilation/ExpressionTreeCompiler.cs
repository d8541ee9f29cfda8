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
/// With tracing on, each cited expression records its citation as it is evaluated. Lowered to integer fen
/// (<see cref="Fen.FenScales"/>), a Money, Ratio or Points value is a <c>long</c> of whole units at the scale
/// the analysis gives it, aligned up where parts of different scales meet, with checked arithmetic.
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

    /// <summary>The scales money is lowered at, or null for <c>decimal</c>.</summary>
    private readonly Fen.FenScales? _fen;

    /// <summary>The scales of the arguments of the functions being inlined, while lowered to integer fen.</summary>
    private readonly Dictionary<LocalSymbol, int> _localScales = [];

    private ExpressionTreeCompiler(bool trace, ValueInitializers initializers)
    {
        _trace = trace;
        _initializers = initializers;
        _fen = initializers.Fen;
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

    /// <summary>The CLR type a value of <paramref name="type"/> is compiled to: <c>long</c> units for money lowered to integer fen.</summary>
    private Type ClrOf(PolicyType type) => _fen is not null && type.ClrType == typeof(decimal) ? typeof(long) : type.ClrType;

    /// <summary>The decimals <paramref name="expr"/> is lowered at (integer fen only).</summary>
    private int ScaleOf(BoundExpr expr) => _fen!.Of(expr, _localScales);

    /// <summary>
    /// <paramref name="expr"/> as a value of <paramref name="type"/>; lowered to integer fen, at the scale of
    /// <paramref name="whole"/>, the expression it is a part of, so parts of different scales meet as equals.
    /// </summary>
    private Expression CompilePart(BoundExpr expr, Type type, BoundExpr whole) =>
        _fen is not null && type == typeof(long) ? CompileAt(expr, ScaleOf(whole)) : CompileAs(expr, type);

    /// <summary>A money expression lowered to integer fen, at <paramref name="scale"/> (at least its own).</summary>
    private Expression CompileAt(BoundExpr expr, int scale)
    {
        var compiled = CompileAs(expr, typeof(long));
        if (expr.Type is UnstatedType) return compiled;
        var own = ScaleOf(expr);
        return own == scale ? compiled : MultiplyChecked(compiled, Constant(Fen.FenUnits.Pow10[scale - own]));
    }

    public Expression Visit(BoundLiteral node) => _fen is not null && node.Value is decimal value
        ? Constant(Fen.FenUnits.FromDecimal(value, Fen.FenUnits.ScaleOf(value)))
        : Constant(node.Value, node.Type.ClrType);

    public Expression Visit(BoundInput node) => node.Input switch
    {
        { TotalIndex: { } total } => CompileTotal(total, node.Input),
        { Builtin: { } field } => CompileInput(field),
        _ => CompileDeclaredInput(node.Input),
    };

    public Expression Visit(BoundParameter node) => CompileParameter(node.Parameter);
    public Expression Visit(BoundValue node) => CompileValue(node.Value);
    public Expression Visit(BoundLocal node) => _locals[node.Local];
    public Expression Visit(BoundCall node) => CompileCall(node, ClrOf(node.Type));
    public Expression Visit(BoundMinMax node) => CompileMinMax(node);

    public Expression Visit(BoundUnary node) => node.Operator == UnaryOperator.Not ? Not(Compile(node.Operand))
        : ClrOf(node.Type) == typeof(decimal) ? Negate(Compile(node.Operand)) : NegateChecked(Compile(node.Operand));

    public Expression Visit(BoundBinary node) => CompileBinary(node);
    public Expression Visit(BoundIntToDecimal node) => Convert(Compile(node.Operand), ClrOf(node.Type));
    public Expression Visit(BoundDatePart node) => Property(Compile(node.Date), node.Part.ToString());

    public Expression Visit(BoundIf node)
    {
        var type = ClrOf(node.Type);
        return Condition(CompileAs(node.Condition, typeof(bool)), CompilePart(node.Then, type, node), CompilePart(node.Else, type, node), type);
    }

    public Expression Visit(BoundMatch node) => CompileMatch(node, ClrOf(node.Type));
    public Expression Visit(BoundDated node) => CompileDated(node, ClrOf(node.Type));
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
        if (_fen is not null && CompileFenInput(field, person) is { } lowered) return lowered;
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
    private static readonly MethodInfo SplitMethod = typeof(BenefitShapes).GetMethod(nameof(BenefitShapes.Split))!.MakeGenericMethod(typeof(decimal));
    private static readonly MethodInfo PayMethod = typeof(BenefitShapes).GetMethod(nameof(BenefitShapes.Pay))!;
    private static readonly MethodInfo CapMethod = typeof(BenefitShapes).GetMethod(nameof(BenefitShapes.Cap))!;

    /// <summary><c>context.Totals[i]</c>, as an Int for a count.</summary>
    private Expression CompileTotal(int index, InputSymbol total)
    {
        var value = ArrayIndex(Field(_context, _fen is null ? nameof(EvaluationContext.Totals) : nameof(EvaluationContext.FenTotals)), Constant(index));
        return total.Type.ClrType == typeof(int) ? Convert(value, typeof(int)) : value;
    }

    /// <summary><c>parts = Split(base, after, edges)</c>, then each band's <c>Pay</c> only where its part is above zero.</summary>
    private Expression CompileBands(BoundBands bands)
    {
        if (_fen is not null) return CompileFenBands(bands);
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

    /// <summary>
    /// Bands lowered to integer fen: the base, the total and the edges at one scale, split as the decimal is, and
    /// each part above zero times its ratio, every product brought to the scale of the whole.
    /// </summary>
    private Expression CompileFenBands(BoundBands bands)
    {
        var at = _fen!.BandsBase(bands, _localScales);
        var whole = ScaleOf(bands);
        var edges = Variable(typeof(long[]), "edges");
        var parts = Variable(typeof(long[]), "parts");
        Expression paid = Constant(0L);
        for (var i = 0; i < bands.Bands.Count; i++)
        {
            var part = ArrayIndex(parts, Constant(i));
            var ratio = bands.Bands[i].Ratio;
            Expression pay = MultiplyChecked(part, CompileAs(ratio, typeof(long)));
            var scale = at + ScaleOf(ratio);
            if (scale < whole) pay = MultiplyChecked(pay, Constant(Fen.FenUnits.Pow10[whole - scale]));
            paid = AddChecked(paid, Condition(GreaterThan(part, Constant(0L)), pay, Constant(0L)));
        }
        return Block(typeof(long), [edges, parts],
            Assign(edges, NewArrayInit(typeof(long), bands.Bands.Where(b => b.UpTo is not null).Select(b => CompileAt(b.UpTo!, at)))),
            Assign(parts, Call(FenSplitMethod, CompileAt(bands.Base, at), CompileAt(bands.After, at), edges)),
            paid);
    }

    /// <summary><c>when ? Cap(value, limit, against) : value</c>, the value computed once; the limit only where the cap applies.</summary>
    private Expression CompileCapped(BoundCapped capped)
    {
        if (_fen is not null) return CompileFenCapped(capped);
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

    /// <summary>A cap lowered to integer fen: its room at the limit's and the total's scale, the value at the whole's.</summary>
    private Expression CompileFenCapped(BoundCapped capped)
    {
        var room = _fen!.CapRoom(capped, _localScales);
        var whole = ScaleOf(capped);
        // The engine keeps the tightest room at one scale; a cap finer than that is beyond what was proved.
        if (room > _fen.Room) throw new Fen.FenScales.NotLowerable($"a cap's room has {room} decimals, more than the fund's {_fen.Room}");
        var value = Variable(typeof(long), "capped");
        Expression apply = Call(FenCapMethod, _context, value, Constant(whole), CompileAt(capped.Limit, room),
            capped.Against is { } a ? CompileAt(a, room) : Constant(0L), Constant(room), Constant(_fen.Room), Constant(capped.Id));
        var body = capped.When is { } when ? Condition(CompileAs(when, typeof(bool)), apply, value) : apply;
        return Block(typeof(long), [value], Assign(value, CompileAt(capped.Value, whole)), body);
    }

    /// <summary><c>DeclaredInputs.Read&lt;T&gt;(claim.Inputs, input)</c>: the value, the default, or PD0309.</summary>
    private Expression CompileDeclaredInput(InputSymbol input)
    {
        var owner = input.Group == InputGroup.Claim
            ? (Expression)Field(_context, nameof(EvaluationContext.Claim))
            : Field(_context, nameof(EvaluationContext.Person));
        var values = Property(owner, input.Group == InputGroup.Claim ? nameof(Domain.Claim.Inputs) : nameof(Domain.Person.Inputs));
        var read = Call(ReadInputMethod.MakeGenericMethod(input.Type.ClrType), values, Constant(input));
        return _fen is not null && read.Type == typeof(decimal) ? Call(FenFromDecimalMethod, read, Constant(Fen.FenScales.DeclaredInput(input.Type))) : read;
    }

    /// <summary>A money input lowered to integer fen (the engine keeps the amount and the figures as units), or null for any other.</summary>
    private Expression? CompileFenInput(InputField field, Expression person) => field switch
    {
        InputField.ClaimAmount => Field(_context, nameof(EvaluationContext.FenAmount)),
        InputField.PersonBase => Call(FenFromDecimalMethod, Property(person, nameof(Domain.Person.Base)), Constant(2)),
        InputField.ResultEligible or InputField.ResultDeductible or InputField.ResultRatio or InputField.ResultCap
            or InputField.ResultFund or InputField.ResultPersonal or InputField.ResultFundYearToDate
            => Field(Field(_context, nameof(EvaluationContext.FenResult)), ResultProperty(field)),
        _ => null,
    };

    private static readonly MethodInfo FenFromDecimalMethod = typeof(Fen.FenUnits).GetMethod(nameof(Fen.FenUnits.FromDecimal))!;
    private static readonly MethodInfo FenSplitMethod = typeof(BenefitShapes).GetMethod(nameof(BenefitShapes.Split))!.MakeGenericMethod(typeof(long));
    private static readonly MethodInfo FenCapMethod = typeof(Fen.FenShapes).GetMethod(nameof(Fen.FenShapes.Cap))!;

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
        // Lowered to integer fen for one run's param values: a given one is a constant, a missing one still stops.
        if (_fen is not null && parameter.Type.ClrType == typeof(decimal))
        {
            return _fen.ValueOf(parameter) is { } value
                ? Constant(Fen.FenUnits.FromDecimal(value, Fen.FenUnits.ScaleOf(value)))
                : Call(FenFromDecimalMethod, Call(Field(_context, nameof(EvaluationContext.Parameters)),
                    GetParameterMethod.MakeGenericMethod(typeof(decimal)), Constant(parameter.Index)), Constant(0));
        }
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
            slot = (Variable(ClrOf(symbol.Type), symbol.Name), Variable(typeof(bool), symbol.Name + "_ready"));
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
        var scales = new List<int>();
        for (var i = 0; i < call.Function.Parameters.Count; i++)
        {
            var local = call.Function.Parameters[i];
            var variable = Variable(ClrOf(local.Type), local.Name);
            assignments.Add(Assign(variable, CompileAs(call.Arguments[i], ClrOf(local.Type))));
            variables.Add(variable);
            if (_fen is not null) scales.Add(ScaleOf(call.Arguments[i]));
        }
        // Arguments are evaluated in the caller's scope; only then do the parameters come into scope.
        var savedScales = new Dictionary<LocalSymbol, int>(_localScales);
        for (var i = 0; i < variables.Count; i++)
        {
            var local = call.Function.Parameters[i];
            saved.Add((local, _locals.GetValueOrDefault(local)));
            _locals[local] = variables[i];
            if (_fen is not null) _localScales[local] = scales[i];
        }
        var body = CompileAs(call.Function.Body, type);
        foreach (var (local, previous) in saved)
        {
            if (previous is null) _locals.Remove(local);
            else _locals[local] = previous;
        }
        _localScales.Clear();
        foreach (var (local, scale) in savedScales) _localScales[local] = scale;
        return Block(type, variables, assignments.Append(body));
    }

    private Expression CompileMinMax(BoundMinMax minMax)
    {
        var type = ClrOf(minMax.Type);
        var left = CompilePart(minMax.Left, type, minMax);
        var right = CompilePart(minMax.Right, type, minMax);
        if (type == typeof(decimal) || type == typeof(int) || type == typeof(long))
        {
            return Call(typeof(Math).GetMethod(minMax.IsMax ? nameof(Math.Max) : nameof(Math.Min), [type, type])!, left, right);
        }
        var (a, b) = (Variable(type, "a"), Variable(type, "b"));
        var pick = minMax.IsMax ? GreaterThanOrEqual(a, b) : LessThanOrEqual(a, b);
        return Block(type, [a, b], Assign(a, left), Assign(b, right), Condition(pick, a, b));
    }

    private Expression CompileBinary(BoundBinary binary)
    {
        var operandType = ClrOf(binary.Left.Type is UnstatedType ? binary.Right.Type : binary.Left.Type);
        var (left, right) = (CompileAs(binary.Left, operandType), CompileAs(binary.Right, operandType));
        if (_fen is not null && operandType == typeof(long) && binary.Operator != BinaryOperator.Multiply)
        {
            if (binary.Operator == BinaryOperator.Divide) throw new Fen.FenScales.NotLowerable("it divides, and a quotient has no bound on its decimals");
            // A sum or comparison of units meets at the finer scale of the two; a product's scale is the sum of its factors'.
            var scale = Math.Max(binary.Left.Type is UnstatedType ? 0 : ScaleOf(binary.Left), binary.Right.Type is UnstatedType ? 0 : ScaleOf(binary.Right));
            (left, right) = (CompileAt(binary.Left, scale), CompileAt(binary.Right, scale));
        }
        var checkedInt = operandType == typeof(int) || operandType == typeof(long);
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
            .Select(a => SwitchCase(CompilePart(a.Body, type, match), a.Values.Select(v => Constant(v, match.Scrutinee.Type.ClrType))))
            .ToList();
        var wildcard = match.Arms.FirstOrDefault(a => a.IsWildcard);
        // The checker proved the match exhaustive; without a wildcard the default is unreachable.
        var fallback = wildcard is not null
            ? CompilePart(wildcard.Body, type, match)
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
            : Condition(LessThanOrEqual(date, Constant(first.Until!.Value)), CompilePart(first.Value, type, dated),
                Throw(Call(ErrorMethod, Constant(DiagnosticCatalogue.NoDatedValue),
                    NewArrayInit(typeof(object), Convert(date, typeof(object)), Constant(Domain.Dates.Next(first.Until.Value), typeof(object)))), type), type);
        // Wrapping from the oldest branch outwards leaves the newest start date tested first.
        var froms = dated.Branches.Where(b => b.From is not null).ToList();
        Expression chain = result;
        foreach (var branch in froms)
        {
            chain = Condition(GreaterThanOrEqual(date, Constant(branch.From!.Value)), CompilePart(branch.Value, type, dated), chain, type);
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
