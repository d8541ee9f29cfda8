// Which persons reach a cap under each city? Every shipped policy, the same claims, the assumed figures flagged.
//   policy script policies/examples/cap-reached.csx [CLAIMS.csv]
var folder = Path.Combine(ScriptDirectory, "..");
var claimsPath = Args.Length > 0 ? Args[0] : Path.Combine(ScriptDirectory, "claims.csv");
var assumptions = Path.Combine(folder, "assumptions.params");
foreach (var file in Directory.GetFiles(folder, "*.policy").OrderBy(f => f, StringComparer.Ordinal))
{
    var policy = LoadPolicy(file);
    var outcome = policy.Compile(ReadParams(policy, assumptions), trace: true).Settle(ReadClaims(claimsPath, policy));
    if (!outcome.Succeeded) { Console.WriteLine($"{policy.City}: cannot settle {outcome.Where}: {outcome.Error}"); continue; }
    var reached = outcome.Results.Where(s => s.Caps.Any(c => c.Bit)).Select(s => s.Claim.Person.Id).Distinct().ToList();
    var assumed = outcome.Results.Any(s => s.Trace!.Assumptions.Count > 0) ? " ⚠ rests on assumed figures" : "";
    Console.WriteLine($"{policy.City}: {(reached.Count == 0 ? "no one" : string.Join(", ", reached))}{assumed}");
}
return 0;
