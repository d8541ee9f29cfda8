// Anshan's annual deductible (三（一）, 400元) over a range: what the fund pays on a claims file at each.
//   policy script policies/examples/deductible-grid.csx [CLAIMS.csv]
var policyPath = Path.Combine(ScriptDirectory, "..", "anshan.policy");
var claimsPath = Args.Length > 0 ? Args[0] : Path.Combine(ScriptDirectory, "claims.csv");
var text = File.ReadAllText(policyPath);
const string rule = "rule deductible = 400元 - year.deductibleMet";
if (!text.Contains(rule)) { Console.Error.WriteLine("the deductible rule of anshan.policy has changed; update this script"); return 1; }
var claims = ReadClaims(claimsPath, LoadPolicy(policyPath));
Console.WriteLine("deductible,fund,personal");
foreach (var deductible in new[] { 0m, 200m, 400m, 600m, 800m })
{
    var policy = ParsePolicy(text.Replace(rule, $"rule deductible = {deductible}元 - year.deductibleMet"), $"anshan-{deductible}.policy");
    var outcome = policy.Compile().Settle(claims);
    if (!outcome.Succeeded) { Console.Error.WriteLine(outcome.Error); return 1; }
    Console.WriteLine($"{deductible:0},{outcome.Results.Sum(s => s.Fund):0.00},{outcome.Results.Sum(s => s.Personal):0.00}");
}
return 0;
