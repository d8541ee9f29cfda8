namespace PolicyDsl.Semantics.Inputs;

/// <summary>
/// Which typed property of the engine's state a prelude input reads. It names storage only: what an
/// input is (its group, type, column, default) is its <see cref="InputSymbol"/> in the <see cref="Prelude"/>,
/// and nothing depends on the order of these members.
/// </summary>
internal enum InputField
{
    ClaimAmount,
    ClaimDate,
    ClaimLevel,
    ClaimChannel,
    ClaimPlace,
    ClaimDesignated,
    ClaimInpatient,
    PersonStatus,
    PersonAge,
    PersonScheme,
    PersonOldWorker,
    PersonBase,
    Month,
    ResultEligible,
    ResultDeductible,
    ResultRatio,
    ResultCap,
    ResultFund,
    ResultPersonal,
    ResultFundYearToDate,
}
