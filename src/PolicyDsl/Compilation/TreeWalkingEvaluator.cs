using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Compilation;

/// <summary>
/// Evaluates the checked tree directly, with boxed values. Slow and simple on purpose: it shares no
/// code with the expression-tree compiler, so agreement between the two is evidence both are right.
/// Kept as the test oracle and as the benchmark's third way.
/// </summary>
public sealed class TreeWalkingEvaluator(CheckedPolicy policy) : IRuleEvaluator
{
    public decimal Eligible(EvaluationContext context) => (decimal)Run(policy.Rules.Eligible, context);
    public decimal Deductible(EvaluationContext context) => (decimal)Run(policy.Rules.Deductible, context);
    public decimal Ratio(EvaluationContext context) => (decimal)Run(policy.Rules.Ratio!, context);
    public decimal Cap(EvaluationContext context) => (decimal)Run(policy.Rules.Cap!, context);
    public bool HasRatio => policy.Rules.Ratio is not null;
    public bool HasCap => policy.Rules.Cap is not null;
    public bool HasFund => policy.Rules.Fund is not null;
    public decimal Fund(EvaluationContext context) => (decimal)Run(policy.Rules.Fund!, context);
    public bool TotalCounts(int index, EvaluationContext context) => policy.Totals[index].Where is not { } where || (bool)Run(where, context);
    public bool HasAccount => policy.Rules.Account is not null;
    public decimal Account(EvaluationContext context) => (decimal)Run(policy.Rules.Account!, context);

    public bool Excludes(int index, EvaluationContext context) => (bool)Run(policy.Exclusions[index].Condition, context);

    private static object Run(BoundExpr rule, EvaluationContext context) =>
        new Evaluation(context).Evaluate(rule, new Dictionary<LocalSymbol, object>());

    private sealed class Evaluation(EvaluationContext context)
    {
        private readonly Dictionary<ValueSymbol, object> _values = [];

        public object Evaluate(BoundExpr expr, IReadOnlyDictionary<LocalSymbol, object> locals)
        {
            switch (expr)
            {
                case BoundLiteral l: return l.Value;
                case BoundInput { Input.TotalIndex: { } total } i:
                    return i.Input.Type == PolicyTypes.Int ? (object)(int)context.Totals[total] : context.Totals[total];
                case BoundInput i: return i.Input.Builtin is { } field ? Input(field) : DeclaredInputs.ReadObject(DeclaredInputs.Of(context, i.Input), i.Input);
                case BoundBands b:
                    return BenefitShapes.Bands(context, (decimal)Evaluate(b.Base, locals), (decimal)Evaluate(b.After, locals),
                        b.Bands.Where(x => x.UpTo is not null).Select(x => (decimal)Evaluate(x.UpTo!, locals)).ToArray(),
                        b.Bands.Select(x => (decimal)Evaluate(x.Ratio, locals)).ToArray());
                case BoundCapped c:
                {
                    var uncapped = (decimal)Evaluate(c.Value, locals);
                    if (c.When is { } when && !(bool)Evaluate(when, locals)) return uncapped;
                    var limit = (decimal)Evaluate(c.Limit, locals);
                    var counted = c.Against is { } against ? (decimal)Evaluate(against, locals) : 0m;
                    foreach (var citation in c.Citations) EvaluationTrace.Cite(context, citation.Id);
                    return BenefitShapes.Cap(context, uncapped, limit, counted, c.Id);
                }
                case BoundParameter p:
                    EvaluationTrace.UseParameter(context, p.Parameter.Index);
                    return context.Parameters.ValueOf(p.Parameter) ?? context.Parameters.Get<object>(p.Parameter.Index);
                case BoundValue v:
                    if (!_values.TryGetValue(v.Value, out var cached))
                    {
                        cached = Evaluate(v.Value.Body, locals);
                        _values[v.Value] = cached;
                    }
                    return cached;
                case BoundLocal l: return locals[l.Local];
                case BoundCall c:
                    var arguments = new Dictionary<LocalSymbol, object>();
                    for (var i = 0; i < c.Arguments.Count; i++) arguments[c.Function.Parameters[i]] = Evaluate(c.Arguments[i], locals);
                    return Evaluate(c.Function.Body, arguments);
                case BoundMinMax m:
                    var (first, second) = (Evaluate(m.Left, locals), Evaluate(m.Right, locals));
                    // Math.Min/Max as in compiled code, so equal decimals of different scale (0 and 0.000) pick the same one.
                    return (first, second) switch
                    {
                        (decimal a, decimal b) => m.IsMax ? Math.Max(a, b) : Math.Min(a, b),
                        (int a, int b) => m.IsMax ? Math.Max(a, b) : Math.Min(a, b),
                        _ => (((IComparable)first).CompareTo(second) <= 0) ^ m.IsMax ? first : second,
                    };
                case BoundUnary u:
                    var operand = Evaluate(u.Operand, locals);
                    return u.Operator == UnaryOperator.Not ? !(bool)operand : operand is int n ? checked(-n) : -(decimal)operand;
                case BoundBinary binary: return Binary(binary, locals);
                case BoundIntToDecimal c: return (decimal)(int)Evaluate(c.Operand, locals);
                case BoundDatePart d:
                    var date = (DateOnly)Evaluate(d.Date, locals);
                    return d.Part switch { DatePart.Year => date.Year, DatePart.Month => date.Month, _ => date.Day };
                case BoundIf i: return (bool)Evaluate(i.Condition, locals) ? Evaluate(i.Then, locals) : Evaluate(i.Else, locals);
                case BoundMatch m:
                    var value = Evaluate(m.Scrutinee, locals);
                    var arm = m.Arms.First(a => a.IsWildcard || a.Values.Contains(value));
                    return Evaluate(arm.Body, locals);
                case BoundDated d: return Evaluate(Branch(d), locals);
                case BoundCited c:
                    context.Trace?.Citations.Add(c.Citation.Id);
                    return Evaluate(c.Inner, locals);
                case BoundUnstated u: throw PolicyEvaluationException.Create(DiagnosticCatalogue.UnstatedReached, u.Reason);
                default: throw new InvalidOperationException($"cannot evaluate {expr.GetType().Name}");
            }
        }

        private BoundExpr Branch(BoundDated dated)
        {
            var date = context.Date;
            var chosen = dated.Branches.LastOrDefault(b => b.From is { } from ? from <= date : date <= b.Until!.Value);
            if (chosen is not null) return chosen.Value;
            var start = dated.Branches[0].From ?? Domain.Dates.Next(dated.Branches[0].Until!.Value);
            throw PolicyEvaluationException.Create(DiagnosticCatalogue.NoDatedValue, Iso(date), Iso(start));
        }

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        private object Binary(BoundBinary binary, IReadOnlyDictionary<LocalSymbol, object> locals)
        {
            if (binary.Operator == BinaryOperator.And) return (bool)Evaluate(binary.Left, locals) && (bool)Evaluate(binary.Right, locals);
            if (binary.Operator == BinaryOperator.Or) return (bool)Evaluate(binary.Left, locals) || (bool)Evaluate(binary.Right, locals);
            var left = Evaluate(binary.Left, locals);
            var right = Evaluate(binary.Right, locals);
            switch (binary.Operator)
            {
                case BinaryOperator.Equal: return left.Equals(right);
                case BinaryOperator.NotEqual: return !left.Equals(right);
                case BinaryOperator.Less: return ((IComparable)left).CompareTo(right) < 0;
                case BinaryOperator.LessOrEqual: return ((IComparable)left).CompareTo(right) <= 0;
                case BinaryOperator.Greater: return ((IComparable)left).CompareTo(right) > 0;
                case BinaryOperator.GreaterOrEqual: return ((IComparable)left).CompareTo(right) >= 0;
            }
            if (left is int x && right is int y)
            {
                return binary.Operator switch
                {
                    BinaryOperator.Add => checked(x + y),
                    BinaryOperator.Subtract => checked(x - y),
                    BinaryOperator.Multiply => checked(x * y),
                    _ => x / y,
                };
            }
            var (l, r) = ((decimal)left, (decimal)right);
            return binary.Operator switch
            {
                BinaryOperator.Add => l + r,
                BinaryOperator.Subtract => l - r,
                BinaryOperator.Multiply => l * r,
                _ => l / r,
            };
        }

        private object Input(InputField field) => field switch
        {
            InputField.ClaimAmount => context.Claim!.Amount,
            InputField.ClaimDate or InputField.Month => context.Date,
            InputField.ClaimLevel => context.Claim!.Level,
            InputField.ClaimChannel => context.Claim!.Channel,
            InputField.ClaimPlace => context.Claim!.Place,
            InputField.ClaimDesignated => context.Claim!.Designated,
            InputField.ClaimInpatient => context.Claim!.Inpatient,
            InputField.PersonStatus => context.Person.Status,
            InputField.PersonAge => context.Person.Age,
            InputField.PersonScheme => context.Person.Scheme,
            InputField.PersonOldWorker => context.Person.OldWorker,
            InputField.PersonBase => context.Person.Base,
            InputField.YearFundPaid => context.FundPaid,
            InputField.YearDeductibleMet => context.DeductibleMet,
            InputField.YearDeductibleMetAtLevel => context.DeductibleMetAtLevel,
            InputField.ResultEligible or InputField.ResultDeductible or InputField.ResultRatio or InputField.ResultCap
                or InputField.ResultFund or InputField.ResultPersonal or InputField.ResultFundYearToDate
                => typeof(SettledFigures).GetProperty(ExpressionTreeCompiler.ResultProperty(field))!.GetValue(context.Result)!,
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }
}
