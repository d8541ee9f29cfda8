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
internal sealed class TreeWalkingEvaluator(CheckedPolicy policy) : IRuleEvaluator
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
    public int TotalKey(int index, EvaluationContext context) => policy.Totals[index].Key is { } key ? TotalKeys.Slot(Run(key, context)) : 0;
    public bool HasAccount => policy.Rules.Account is not null;
    public decimal Account(EvaluationContext context) => (decimal)Run(policy.Rules.Account!, context);

    public bool Excludes(int index, EvaluationContext context) => (bool)Run(policy.Exclusions[index].Condition, context);

    private static object Run(BoundExpr rule, EvaluationContext context) =>
        new Evaluation(context).Evaluate(rule, new Dictionary<LocalSymbol, object>());

    /// <summary>One evaluation: let values computed at most once, and the current function's arguments.</summary>
    private sealed class Evaluation(EvaluationContext context) : IBoundVisitor<object>
    {
        private readonly Dictionary<ValueSymbol, object> _values = [];
        private IReadOnlyDictionary<LocalSymbol, object> _locals = new Dictionary<LocalSymbol, object>();

        public object Evaluate(BoundExpr expr, IReadOnlyDictionary<LocalSymbol, object> locals)
        {
            var saved = _locals;
            _locals = locals;
            try
            {
                return expr.Accept(this);
            }
            finally
            {
                _locals = saved;
            }
        }

        private object Evaluate(BoundExpr expr) => expr.Accept(this);

        public object Visit(BoundLiteral node) => node.Value;

        public object Visit(BoundInput node) => node.Input switch
        {
            { TotalIndex: { } total } => node.Input.Type == PolicyTypes.Int ? (object)(int)context.Totals[total] : context.Totals[total],
            { Builtin: { } field } => Input(field),
            _ => DeclaredInputs.ReadObject(DeclaredInputs.Of(context, node.Input), node.Input),
        };

        public object Visit(BoundBands node)
        {
            var edges = node.Bands.Where(x => x.UpTo is not null).Select(x => (decimal)Evaluate(x.UpTo!)).ToArray();
            var parts = BenefitShapes.Split((decimal)Evaluate(node.Base), (decimal)Evaluate(node.After), edges);
            var paid = 0m;
            for (var i = 0; i < parts.Length; i++)
            {
                if (parts[i] > 0m) paid += BenefitShapes.Pay(context, parts, edges, i, (decimal)Evaluate(node.Bands[i].Ratio));
            }
            return paid;
        }

        public object Visit(BoundCapped node)
        {
            var uncapped = (decimal)Evaluate(node.Value);
            if (node.When is { } when && !(bool)Evaluate(when)) return uncapped;
            var limit = (decimal)Evaluate(node.Limit);
            var counted = node.Against is { } against ? (decimal)Evaluate(against) : 0m;
            foreach (var citation in node.Citations) EvaluationTrace.Cite(context, citation.Id);
            return BenefitShapes.Cap(context, uncapped, limit, counted, node.Id);
        }

        public object Visit(BoundParameter node)
        {
            EvaluationTrace.UseParameter(context, node.Parameter.Index);
            return context.Parameters.ValueOf(node.Parameter) ?? context.Parameters.Get<object>(node.Parameter.Index);
        }

        public object Visit(BoundValue node)
        {
            if (!_values.TryGetValue(node.Value, out var cached))
            {
                cached = Evaluate(node.Value.Body);
                _values[node.Value] = cached;
            }
            return cached;
        }

        public object Visit(BoundLocal node) => _locals[node.Local];

        public object Visit(BoundCall node)
        {
            var arguments = new Dictionary<LocalSymbol, object>();
            for (var i = 0; i < node.Arguments.Count; i++) arguments[node.Function.Parameters[i]] = Evaluate(node.Arguments[i]);
            return Evaluate(node.Function.Body, arguments);
        }

        public object Visit(BoundMinMax node)
        {
            var (first, second) = (Evaluate(node.Left), Evaluate(node.Right));
            // Math.Min/Max as in compiled code, so equal decimals of different scale (0 and 0.000) pick the same one.
            return (first, second) switch
            {
                (decimal a, decimal b) => node.IsMax ? Math.Max(a, b) : Math.Min(a, b),
                (int a, int b) => node.IsMax ? Math.Max(a, b) : Math.Min(a, b),
                _ => (((IComparable)first).CompareTo(second) <= 0) ^ node.IsMax ? first : second,
            };
        }

        public object Visit(BoundUnary node)
        {
            var operand = Evaluate(node.Operand);
            return node.Operator == UnaryOperator.Not ? !(bool)operand : operand is int n ? checked(-n) : -(decimal)operand;
        }

        public object Visit(BoundBinary node) => Binary(node, _locals);
        public object Visit(BoundIntToDecimal node) => (decimal)(int)Evaluate(node.Operand);

        public object Visit(BoundDatePart node)
        {
            var date = (DateOnly)Evaluate(node.Date);
            return node.Part switch { DatePart.Year => date.Year, DatePart.Month => date.Month, _ => date.Day };
        }

        public object Visit(BoundIf node) => (bool)Evaluate(node.Condition) ? Evaluate(node.Then) : Evaluate(node.Else);

        public object Visit(BoundMatch node)
        {
            var value = Evaluate(node.Scrutinee);
            return Evaluate(node.Arms.First(a => a.IsWildcard || a.Values.Contains(value)).Body);
        }

        public object Visit(BoundDated node) => Evaluate(Branch(node));

        public object Visit(BoundCited node)
        {
            context.Trace?.Citations.Add(node.Citation.Id);
            return Evaluate(node.Inner);
        }

        public object Visit(BoundUnstated node) => throw PolicyEvaluationException.Create(DiagnosticCatalogue.UnstatedReached, node.Reason);
        public object Visit(BoundRecord node) => throw new InvalidOperationException("the checker should have removed a record");
        public object Visit(BoundError node) => throw new InvalidOperationException("the checker should have stopped at an error");

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
            InputField.ResultEligible or InputField.ResultDeductible or InputField.ResultRatio or InputField.ResultCap
                or InputField.ResultFund or InputField.ResultPersonal or InputField.ResultFundYearToDate
                => typeof(SettledFigures).GetProperty(ExpressionTreeCompiler.ResultProperty(field))!.GetValue(context.Result)!,
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }
}
