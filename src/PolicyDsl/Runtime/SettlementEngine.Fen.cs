using PolicyDsl.Compilation;
using PolicyDsl.Compilation.Fen;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Inputs;
using static PolicyDsl.Compilation.Fen.FenUnits;

namespace PolicyDsl.Runtime;

/// <summary>
/// The settlement of <see cref="Figures"/> in integer fen, for the untraced <see cref="SettlePerson"/>: the same
/// steps in the same order, each figure whole units at the scale <see cref="FenScales"/> proved enough, so every
/// figure is the decimal one exactly. Anything the integer path cannot do (an overflow, an amount in more than fen,
/// an error of the policy's) sends the person to the decimal engine, which settles it, or reports it, as the reference.
/// </summary>
internal sealed partial class SettlementEngine
{
    /// <summary>Settles <paramref name="claims"/> into the session's buffer; false, with nothing kept, when it cannot.</summary>
    private bool TrySettleInFen(ReadOnlySpan<Claim> claims, SettlementSession session, FenSession fen)
    {
        fen.Clear();
        try
        {
            for (var i = 0; i < claims.Length; i++)
            {
                if (i == 0 || claims[i].Date.Year != fen.Totals.Year) fen.Totals.Reset(claims[i].Date.Year);
                fen.Add(FenFigures(claims[i], session.Context, fen), session.Context.Caps);
            }
            fen.Settled++;
            return true;
        }
        catch (Exception e) when (e is PolicyEvaluationException or OverflowException or DivideByZeroException or FenInexactException)
        {
            fen.Fallbacks++;
            return false;
        }
    }

    private FenSession.Units FenFigures(Claim claim, EvaluationContext context, FenSession session)
    {
        var (rules, s, year) = (session.Rules, session.Rules.Scales, session.Totals);
        context.Claim = claim;
        context.Person = claim.Person;
        context.Date = claim.Date;
        context.FenAmount = FromDecimal(claim.Amount, 2);
        year.Enter(claim.Date, _rules, context);
        CheckInForce(claim.Date, claim.Person, context, null);

        var exclusion = -1;
        for (var i = 0; i < rules.Exclusions && exclusion < 0; i++)
        {
            if (rules.Excludes(i, context)) exclusion = i;
        }
        var eligible = 0L;
        if (exclusion < 0)
        {
            eligible = rules.Eligible(context);
            if (eligible < 0) throw PolicyEvaluationException.Create(DiagnosticCatalogue.NegativeEligible, Money.Format(ToDecimal(eligible, s.Figures)));
        }
        var deductible = Math.Clamp(rules.Deductible(context), 0L, eligible);
        long? ratio = _rules.HasRatio ? rules.Ratio(context) : null;
        long? cap = _rules.HasCap ? rules.Cap(context) : null;

        var figures = context.FenResult!;
        (figures.Eligible, figures.Deductible, figures.Ratio, figures.Cap) = (eligible, deductible, ratio ?? 0L, cap ?? 0L);
        context.FenRoom = long.MaxValue;
        context.Caps.Clear();
        long unrounded;
        if (exclusion >= 0)
        {
            unrounded = 0L;
        }
        else if (_rules.HasFund)
        {
            unrounded = rules.Fund(context);
        }
        else
        {
            var payable = checked(ratio!.Value * (eligible - deductible));
            var room = Math.Max(s.Cap, s.Figures);
            unrounded = FenShapes.Cap(context, Align(payable, s.Ratio + s.Figures, s.Fund), s.Fund,
                Align(cap!.Value, s.Cap, room), Align(year.Totals[Prelude.FundPaidTotal], s.Figures, room), room, s.Room, AppliedCap.RuleCap);
        }
        var rounding = rules.FundRounding;
        var fund = Round(Math.Max(0L, unrounded), s.Fund, rounding);
        // As in decimal: never rounded past the tightest cap's room, nor past eligible, when the fund was within it.
        if (context.FenRoom != long.MaxValue && Align(fund, 2, s.Room) > context.FenRoom && Align(unrounded, s.Fund, s.Room) <= context.FenRoom)
        {
            fund = Math.Max(0L, AtMost(context.FenRoom, s.Room, rounding));
        }
        var common = Math.Max(s.Fund, s.Figures);
        if (Align(fund, 2, s.Figures) > eligible && Align(unrounded, s.Fund, common) <= Align(eligible, s.Figures, common))
        {
            fund = Math.Max(0L, AtMost(eligible, s.Figures, rounding));
        }
        if (Align(fund, 2, s.Figures) > eligible) throw PolicyEvaluationException.Create(DiagnosticCatalogue.FundAboveEligible, Money.Format(ToDecimal(fund, 2)), Money.Format(ToDecimal(eligible, s.Figures)));

        var personal = checked(context.FenAmount - fund);
        if (exclusion < 0) CountFenTotals(context, eligible, deductible, fund, session);
        return new FenSession.Units(eligible, deductible, ratio, cap, fund, personal, year.Totals[Prelude.FundPaidTotal], exclusion >= 0 ? _policy.Exclusions[exclusion].Reason : null);
    }

    /// <summary><see cref="CountTotals"/> in units: every total at the figures' scale, a count in ones.</summary>
    private void CountFenTotals(EvaluationContext context, long eligible, long deductible, long fund, FenSession session)
    {
        var (quantities, scale) = (session.Quantities, session.Rules.Scales.Figures);
        for (var i = 0; i < quantities.Length; i++)
        {
            if (!session.Rules.TotalCounts(i, context)) continue;
            session.Totals.Add(i, quantities[i] switch
            {
                TotalQuantity.Amount => Align(context.FenAmount, 2, scale),
                TotalQuantity.Eligible => eligible,
                TotalQuantity.Deductible => deductible,
                TotalQuantity.AboveDeductible => eligible - deductible,
                TotalQuantity.Fund => Align(fund, 2, scale),
                _ => 1L,
            });
        }
    }
}
