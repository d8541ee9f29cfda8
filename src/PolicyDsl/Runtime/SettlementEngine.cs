using PolicyDsl.Compilation;
using PolicyDsl.Compilation.Fen;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Runtime;

/// <summary>
/// Settles claims under a policy (门诊统筹结算). Each person's claims are settled in date order (input
/// order among claims of one day); running totals are per person and start again on 1 January (or
/// the first of the month, or each day, as a declared total says). For each claim:
/// eligible = the in-scope amount unless excluded; deductible = clamp(policy deductible, 0, eligible);
/// fund = the policy's rule fund, or by default ratio × (eligible − deductible) capped by the cap against
/// the fund paid this year; never below 0, rounded half away from zero to the fen once, never rounded
/// up past the tightest cap's room, and never above eligible (PD0310); personal = amount − fund.
/// An excluded claim adds to no total. The guide's section 9 states this once for analysts.
/// </summary>
internal sealed partial class SettlementEngine
{
    private readonly CheckedPolicy _policy;
    private readonly IRuleEvaluator _rules;
    private readonly ParameterValues _parameters;
    private readonly bool _trace;
    private readonly Recording _recording;
    private readonly GroundsTable _grounds = new();

    /// <summary>The rules lowered to integer fen for <see cref="SettlePerson"/>, compiled on the first session; null inside when they cannot be.</summary>
    private readonly Lazy<FenRules?>? _fen;

    /// <param name="policy">The checked policy.</param>
    /// <param name="rules">How to evaluate its rules: compiled, interpreted, or hand-written.</param>
    /// <param name="parameters">Values for its params.</param>
    /// <param name="trace">Whether to record steps, citations and assumptions (needs a traced evaluator for citations).</param>
    public SettlementEngine(CheckedPolicy policy, IRuleEvaluator rules, ParameterValues parameters, bool trace = false)
        : this(policy, rules, parameters, trace ? Recording.Trace : Recording.Figures)
    {
    }

    /// <param name="policy">The checked policy.</param>
    /// <param name="rules">How to evaluate its rules: compiled, interpreted, or hand-written.</param>
    /// <param name="parameters">Values for its params.</param>
    /// <param name="recording">What to record beside the figures: nothing, the grounds, or a full trace
    /// (grounds and trace need a traced evaluator for citations: <c>CompiledPolicy.Compile(policy, traced: true)</c>).</param>
    /// <param name="integerFen">Whether <see cref="SettlePerson"/> may settle in integer fen where the policy lowers to it
    /// (compiled rules only: another evaluator is settled through as it is).</param>
    public SettlementEngine(CheckedPolicy policy, IRuleEvaluator rules, ParameterValues parameters, Recording recording, bool integerFen = true)
    {
        // Another policy's compiled rules would settle with this one's totals and params: refuse the pairing.
        if (rules is CompiledPolicy compiled && !ReferenceEquals(compiled.Policy, policy))
        {
            throw new ArgumentException("the compiled rules are another policy's", nameof(rules));
        }
        _policy = policy;
        _rules = rules;
        _parameters = parameters;
        _recording = recording;
        _trace = recording != Recording.Figures;
        if (integerFen && rules is CompiledPolicy) _fen = new(() => FenRules.TryCompile(policy, parameters, out _));
    }

    /// <summary>Whether <see cref="SettlePerson"/> settles in integer fen (false: in decimal throughout).</summary>
    internal bool SettlesInFen => _fen?.Value is not null;

    public RunOutcome<Settlement> Settle(IReadOnlyList<Claim> claims)
    {
        var order = SettlementOrder(claims);
        var results = new List<Settlement>(claims.Count);
        var context = NewContext();
        var recorder = Recorder(context);
        var year = new YearState(_policy.Totals);
        context.Totals = year.Totals;
        Person? current = null;
        foreach (var index in order)
        {
            var claim = claims[index];
            if (claim.Person.Id != current?.Id)
            {
                year.Reset(claim.Date.Year);
                current = claim.Person;
            }
            else if (claim.Date.Year != year.Year)
            {
                year.Reset(claim.Date.Year);
            }
            var (settlement, error) = TrySettleOne(index, claim, context, year, recorder);
            if (error is not null) return new RunOutcome<Settlement>(results, error, Describe(index, claim), index);
            results.Add(settlement!);
        }
        return new RunOutcome<Settlement>(results, null, null);
    }

    /// <summary>
    /// Settles one more claim of a person whose totals so far are <paramref name="state"/> (from
    /// <see cref="PersonState.Start"/>, or the state the previous claim gave back): exactly what settling all
    /// of the person's claims together gives for this one. Claims must come in date order.
    /// </summary>
    public ClaimOutcome SettleNext(Claim claim, PersonState state)
    {
        var year = new YearState(_policy.Totals);
        if (claim.Person.Id != state.PersonId)
        {
            return ClaimOutcome.Failed(state, DiagnosticCatalogue.CarriedStateMismatch, $"is {state.PersonId}'s, and the claim is {claim.Person.Id}'s");
        }
        if (!year.TryImport(state))
        {
            return ClaimOutcome.Failed(state, DiagnosticCatalogue.CarriedStateMismatch, "does not hold this policy's totals (it was kept under another policy, or altered)");
        }
        if (claim.Date < state.LastDate)
        {
            return ClaimOutcome.Failed(state, DiagnosticCatalogue.ClaimOutOfOrder, claim.Person.Id, Iso(claim.Date), Iso(state.LastDate));
        }
        if (claim.Date.Year != year.Year) year.Reset(claim.Date.Year);
        var context = NewContext();
        context.Totals = year.Totals;
        var (settlement, error) = TrySettleOne(0, claim, context, year, Recorder(context));
        return error is null ? new ClaimOutcome(settlement, year.Export(claim.Person.Id, claim.Date), null) : new ClaimOutcome(null, state, error);
    }

    private EvaluationContext NewContext() => new(_parameters)
    {
        Trace = _trace ? new EvaluationTrace { Explains = _recording == Recording.Trace } : null,
        Result = new Compilation.SettledFigures(),
    };

    /// <summary>The recorder for one run of claims, or null on the fast path.</summary>
    private SettlementRecorder? Recorder(EvaluationContext context) => _recording switch
    {
        Recording.Trace => new TraceRecorder(_policy, context),
        Recording.Grounds => new GroundsRecorder(_policy, context, _grounds),
        _ => null,
    };

    /// <summary>One claim's settlement, or the error that stopped it (the year's totals are then not to be used).</summary>
    private (Settlement? Settlement, EvaluationError? Error) TrySettleOne(int index, Claim claim, EvaluationContext context, YearState year, SettlementRecorder? recorder)
    {
        if (TryFigures(claim, context, year, recorder, out var figures) is { } error) return (null, error);
        // The policy's shape decides what its cap is, not the evaluator (a test one may settle every fund itself).
        var settledCap = _policy.Rules.Fund is not null ? context.TightestCap : figures.Cap;
        IReadOnlyList<AppliedCap> caps = context.Caps.Count == 0 ? [] : context.Caps.ToArray();
        var (trace, grounds) = recorder?.Finish() ?? default;
        return (new Settlement(index, claim, figures.Eligible, figures.Deductible, figures.Ratio, settledCap, figures.Fund, figures.Personal,
            figures.FundYearToDate, figures.ExcludedBy, trace, caps) { Grounds = grounds }, null);
    }

    /// <summary>
    /// A reusable place to settle persons one after another on one thread: a context and a person's totals,
    /// so settling a person makes nothing per claim (<see cref="SettlePerson"/>).
    /// </summary>
    public SettlementSession NewSession()
    {
        var context = NewContext();
        context.Trace = null;
        var year = new YearState(_policy.Totals);
        context.Totals = year.Totals;
        return new SettlementSession(context, year, _fen?.Value is { } fen ? new FenSession(fen, _policy.Totals, context) : null);
    }

    /// <summary>
    /// Settles one person's claims, which come in date order, untraced, giving each claim's figures and caps to
    /// <paramref name="sink"/> as it is settled: the same figures <see cref="Settle"/> gives, with no
    /// <see cref="Settlement"/> made. Returns how many claims were settled (the first ones) and the error that stopped the rest.
    /// </summary>
    public (int Settled, EvaluationError? Error) SettlePerson(ReadOnlySpan<Claim> claims, SettlementSession session, ISettledFigures sink)
    {
        if (session.Fen is { } fen && TrySettleInFen(claims, session, fen))
        {
            for (var i = 0; i < claims.Length; i++) sink.Add(claims[i], fen.Figures(i), fen.Caps(i));
            return (claims.Length, null);
        }
        var (context, year) = (session.Context, session.Year);
        for (var i = 0; i < claims.Length; i++)
        {
            var claim = claims[i];
            // Each person's totals start from nothing: the session's are the last person's until reset.
            if (i == 0 || claim.Date.Year != year.Year) year.Reset(claim.Date.Year);
            if (TryFigures(claim, context, year, null, out var figures) is { } error) return (i, error);
            sink.Add(claim, figures, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(context.Caps));
        }
        return (claims.Length, null);
    }

    /// <summary>One claim's figures, or the error that stopped it (the year's totals are then not to be used).</summary>
    private EvaluationError? TryFigures(Claim claim, EvaluationContext context, YearState year, SettlementRecorder? recorder, out ClaimFigures figures)
    {
        figures = default;
        try
        {
            figures = Figures(claim, context, year, recorder);
            return null;
        }
        catch (PolicyEvaluationException e)
        {
            return e.Error;
        }
        catch (OverflowException)
        {
            return new EvaluationError(DiagnosticCatalogue.ArithmeticOverflow, []);
        }
        catch (DivideByZeroException)
        {
            return new EvaluationError(DiagnosticCatalogue.DivisionByZero, []);
        }
    }

    private static string Describe(int index, Claim claim) =>
        $"claim {index + 1} ({claim.Person.Id}, {claim.Date:yyyy-MM-dd})";

    /// <summary>Persons in order of first appearance; each person's claims by date, stable.</summary>
    private static int[] SettlementOrder(IReadOnlyList<Claim> claims)
    {
        // One person's claims in date order, as a population is settled a person at a time: that order already.
        if (IsOnePersonByDate(claims)) return Enumerable.Range(0, claims.Count).ToArray();
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new (int Person, DateOnly Date, int Index)[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            if (!firstSeen.TryGetValue(claims[i].Person.Id, out var person))
            {
                person = firstSeen.Count;
                firstSeen.Add(claims[i].Person.Id, person);
            }
            keys[i] = (person, claims[i].Date, i);
        }
        Array.Sort(keys);
        return Array.ConvertAll(keys, k => k.Index);
    }

    private static bool IsOnePersonByDate(IReadOnlyList<Claim> claims)
    {
        for (var i = 1; i < claims.Count; i++)
        {
            if (claims[i].Date < claims[i - 1].Date || !string.Equals(claims[i].Person.Id, claims[0].Person.Id, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>The settlement's semantics, once: the figures of one claim, its caps left in the context's <c>Caps</c>.</summary>
    private ClaimFigures Figures(Claim claim, EvaluationContext context, YearState year, SettlementRecorder? recorder)
    {
        context.Claim = claim;
        context.Person = claim.Person;
        context.Date = claim.Date;
        year.Enter(claim.Date, _rules, context);
        recorder?.Start();
        CheckInForce(claim.Date, claim.Person, context, recorder);

        var exclusion = FirstExclusion(context, recorder);
        var excludedBy = exclusion >= 0 ? _policy.Exclusions[exclusion].Reason : null;

        var eligible = 0m;
        if (exclusion < 0)
        {
            recorder?.Begin();
            eligible = _rules.Eligible(context);
            recorder?.End("eligible", eligible, "rule eligible");
            if (eligible < 0) throw PolicyEvaluationException.Create(DiagnosticCatalogue.NegativeEligible, Money.Format(eligible));
        }
        recorder?.Begin();
        var deductibleDue = _rules.Deductible(context);
        var deductible = Math.Clamp(deductibleDue, 0m, eligible);
        recorder?.End("deductible", deductible, $"clamp(rule deductible = {Money.Format(deductibleDue)}, 0, eligible = {Money.Format(eligible)})");

        decimal? ratio = null;
        if (_rules.HasRatio)
        {
            recorder?.Begin();
            ratio = _rules.Ratio(context);
            recorder?.End("ratio", ratio.Value, "rule ratio");
        }
        decimal? cap = null;
        if (_rules.HasCap)
        {
            recorder?.Begin();
            cap = _rules.Cap(context);
            recorder?.End("cap", cap.Value, "rule cap");
        }

        var figures = context.Result!;
        (figures.Eligible, figures.Deductible, figures.Ratio, figures.Cap) = (eligible, deductible, ratio ?? 0m, cap ?? 0m);
        context.FundRoom = decimal.MaxValue;
        context.TightestCap = null;
        context.Caps.Clear();
        decimal unrounded;
        var payable = 0m;
        if (exclusion >= 0)
        {
            // An excluded claim pays nothing: its fund is not worked out at all (a rule fund may not even apply to it).
            unrounded = 0m;
        }
        else if (_rules.HasFund)
        {
            recorder?.Begin();
            unrounded = _rules.Fund(context);
        }
        else
        {
            // The prelude's fund: ratio × (eligible − deductible) capped by the cap against the fund paid this year.
            payable = ratio!.Value * (eligible - deductible);
            unrounded = BenefitShapes.Cap(context, payable, cap!.Value, year.Totals[Prelude.FundPaidTotal], AppliedCap.RuleCap);
        }
        var rounding = _policy.Rounds.Fund;
        var fund = rounding.Apply(Math.Max(0m, unrounded));
        // Rounding must not carry the fund past a cap's room that is not a whole step (a share of a base, say),
        // nor past eligible. Only when the fund is within that room before rounding: a cap deep inside the rule
        // (in a sum, a max, a limit) that left less room than the fund came to did not set the fund, and must not cut it.
        if (fund > context.FundRoom && unrounded <= context.FundRoom) fund = Math.Max(0m, rounding.AtMost(context.FundRoom));
        if (fund > eligible && unrounded <= eligible) fund = Math.Max(0m, rounding.AtMost(eligible));
        if (fund > eligible) throw PolicyEvaluationException.Create(DiagnosticCatalogue.FundAboveEligible, Money.Format(fund), Money.Format(eligible));
        // Explanations are text: written only when tracing, never on the fast path.
        if (recorder is not null)
        {
            // A declared rounding's article shapes the fund like any rule's.
            foreach (var citation in rounding.Citations) EvaluationTrace.Cite(context, citation.Id);
            if (_rules.HasFund) recorder.End("fund", fund, $"rule fund = {Money.Format(unrounded)}, at least 0, {rounding.Describe()}");
            else recorder.Add("fund", fund, $"min(ratio × (eligible − deductible) = {Money.Format(payable)}, cap − fund paid this year = {Money.Format(cap!.Value - year.Totals[Prelude.FundPaidTotal])}), at least 0, {rounding.Describe()}", rounding.Citations);
        }

        var personal = claim.Amount - fund;
        if (exclusion < 0) CountTotals(claim, eligible, deductible, fund, context, year);
        recorder?.Add("personal", personal, "amount − fund");
        return new ClaimFigures(eligible, deductible, ratio, cap, fund, personal, year.Totals[Prelude.FundPaidTotal], excludedBy);
    }

    /// <summary>Adds the settled claim to each total that counts it, the prelude's and the policy's.</summary>
    private void CountTotals(Claim claim, decimal eligible, decimal deductible, decimal fund, EvaluationContext context, YearState year)
    {
        var totals = _policy.Totals;
        for (var i = 0; i < totals.Count; i++)
        {
            if (!_rules.TotalCounts(i, context)) continue;
            year.Add(i, totals[i].Quantity switch
            {
                TotalQuantity.Amount => claim.Amount,
                TotalQuantity.Eligible => eligible,
                TotalQuantity.Deductible => deductible,
                TotalQuantity.AboveDeductible => eligible - deductible,
                TotalQuantity.Fund => fund,
                _ => 1m,
            });
        }
    }

    /// <summary>The first exclusion that applies, or -1; only that one's citations enter the trace.</summary>
    private int FirstExclusion(EvaluationContext context, SettlementRecorder? recorder)
    {
        for (var i = 0; i < _policy.Exclusions.Count; i++)
        {
            recorder?.Begin();
            if (_rules.Excludes(i, context))
            {
                recorder?.End("excluded", 1, _policy.Exclusions[i].Reason);
                return i;
            }
            // Not applying shaped nothing to cite, but an assumed value that kept it from applying did shape the result.
            recorder?.KeepAssumptions();
        }
        recorder?.Add("excluded", 0, "no exclusion applies");
        return -1;
    }

    /// <summary>
    /// The personal account credit of each person for one month. Each person is credited on its own:
    /// one the policy cannot credit gets an <see cref="AccountCredit.Error"/> and the rest go on. The
    /// outcome's error and place are the first such person's, so a caller can fail on any.
    /// </summary>
    public RunOutcome<AccountCredit> Credit(IReadOnlyList<Person> persons, DateOnly month)
    {
        var results = new List<AccountCredit>(persons.Count);
        if (!_rules.HasAccount)
        {
            return new RunOutcome<AccountCredit>(results, new EvaluationError(DiagnosticCatalogue.NoAccountRule, []), null);
        }
        var first = new DateOnly(month.Year, month.Month, 1);
        var context = new EvaluationContext(_parameters) { Date = first };
        (EvaluationError Error, string Where)? firstFailure = null;
        for (var i = 0; i < persons.Count; i++)
        {
            var credit = CreditOne(persons[i], first, context);
            results.Add(credit);
            if (credit.Error is { } error) firstFailure ??= (error, $"person {i + 1} ({persons[i].Id})");
        }
        return new RunOutcome<AccountCredit>(results, firstFailure?.Error, firstFailure?.Where);
    }

    private AccountCredit CreditOne(Person person, DateOnly month, EvaluationContext context)
    {
        // A fresh trace per person: a failed person's half-recorded steps must not reach the next one.
        context.Trace = _trace ? new EvaluationTrace() : null;
        context.Person = person;
        EvaluationError error;
        try
        {
            // A month's credit is one step: its citations and assumptions come from the trace at no real cost.
            var recorder = _trace ? new TraceRecorder(_policy, context) : null;
            CheckInForce(month, null, context, recorder);
            recorder?.Begin();
            var rounding = _policy.Rounds.Account;
            var credit = rounding.Apply(_rules.Account(context));
            foreach (var citation in rounding.Citations) EvaluationTrace.Cite(context, citation.Id);
            recorder?.End("account", credit, $"rule account, {rounding.Describe()}");
            var grounds = recorder?.Finish().Grounds;
            return new AccountCredit(person, month, credit, grounds?.Citations ?? [], grounds?.Assumptions ?? []);
        }
        catch (PolicyEvaluationException e)
        {
            error = e.Error;
        }
        catch (DivideByZeroException)
        {
            error = new EvaluationError(DiagnosticCatalogue.DivisionByZero, []);
        }
        catch (OverflowException)
        {
            error = new EvaluationError(DiagnosticCatalogue.ArithmeticOverflow, []);
        }
        return new AccountCredit(person, month, null, [], [], error);
    }

    /// <summary>
    /// Stops with PD0301 outside the period in force. When an end of the period is a parameter, the
    /// check is a traced step, so a result resting on an assumed date is flagged like any other.
    /// </summary>
    /// <param name="claimant">The person whose claim is checked, or null for a month's credit (used only in the message).</param>
    private void CheckInForce(DateOnly date, Person? claimant, EvaluationContext context, SettlementRecorder? recorder)
    {
        var parameterised = _policy.Info.InForceFrom.Parameter is not null || _policy.Info.InForceUntil?.Parameter is not null;
        if (parameterised) recorder?.Begin();
        var from = Resolve(_policy.Info.InForceFrom, context);
        var until = _policy.Info.InForceUntil is { } u ? Resolve(u, context) : DateOnly.MaxValue;
        if (parameterised) recorder?.End("in force", 1, $"{Iso(from)} to {(until == DateOnly.MaxValue ? "no end date" : Iso(until))}");
        if (date < from || date > until)
        {
            var what = claimant is null ? $"the month {date:yyyy-MM}" : $"the claim of {claimant.Id}";
            throw PolicyEvaluationException.Create(DiagnosticCatalogue.OutsidePeriodInForce, what, Iso(date), Iso(from),
                until == DateOnly.MaxValue ? "no end date" : Iso(until));
        }
    }

    private DateOnly Resolve(DateBound bound, EvaluationContext context)
    {
        if (bound.Date is { } date) return date;
        EvaluationTrace.UseParameter(context, bound.Parameter!.Index);
        return _parameters.Get<DateOnly>(bound.Parameter.Index);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
