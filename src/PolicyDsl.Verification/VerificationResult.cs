namespace PolicyDsl.Verification;

/// <summary>How one invariant fared: passed over the runs, or broken with a shrunk counterexample.</summary>
internal sealed record VerificationResult(InvariantCheck Invariant, int Runs, int Discarded, ClaimHistory? Counterexample, string? Failure, int? FailedRun);
