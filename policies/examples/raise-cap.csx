// What if Xiangtan raised the employed cap (第四条) from 1500元 to 1800元? The budget impact on a claims file.
//   policy script policies/examples/raise-cap.csx [CLAIMS.csv] [NEW_CAP]
var policyPath = Path.Combine(ScriptDirectory, "..", "xiangtan.policy");
var claimsPath = Args.Length > 0 ? Args[0] : Path.Combine(ScriptDirectory, "xiangtan-cap-claims.csv");
var newCap = Args.Length > 1 ? decimal.Parse(Args[1], System.Globalization.CultureInfo.InvariantCulture) : 1800m;

var baseline = LoadPolicy(policyPath);
var text = File.ReadAllText(policyPath);
const string employedCap = "| Employed -> 1500元";
if (!text.Contains(employedCap)) { Console.Error.WriteLine("the cap rule of xiangtan.policy has changed; update this script"); return 1; }
var raised = ParsePolicy(text.Replace(employedCap, $"| Employed -> {newCap}元"), "xiangtan-raised-cap.policy");

var claims = ReadClaims(claimsPath, baseline);
var before = baseline.Compile().Settle(claims);
var after = raised.Compile().Settle(claims);
if (!before.Succeeded || !after.Succeeded) { Console.Error.WriteLine(before.Error ?? after.Error); return 1; }

decimal Fund(IEnumerable<Settlement> s) => s.Sum(x => x.Fund);
var gainers = before.Results.Zip(after.Results).GroupBy(p => p.First.Claim.Person.Id)
    .Where(g => Fund(g.Select(p => p.Second)) > Fund(g.Select(p => p.First))).Select(g => g.Key).ToList();
Console.WriteLine($"claims {claims.Count}, persons {claims.Select(c => c.Person.Id).Distinct().Count()}");
Console.WriteLine($"fund with the 1500元 cap: {Fund(before.Results):0.00}");
Console.WriteLine($"fund with a {newCap}元 cap: {Fund(after.Results):0.00}");
Console.WriteLine($"budget impact: {Fund(after.Results) - Fund(before.Results):+0.00;-0.00;0.00} ({gainers.Count} gaining: {string.Join(", ", gainers)})");
return 0;
