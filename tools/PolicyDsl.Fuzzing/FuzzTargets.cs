using System.Text;
using PolicyDsl.Cli.Input;
using PolicyDsl.Compilation;
using PolicyDsl.Compilation.CSharp;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;
using PolicyDsl.Testing;
using PolicyDsl.Text;

namespace PolicyDsl.Fuzzing;

/// <summary>
/// The three fuzz targets: a rule file through the parser, the checker, both compilers and a few claims;
/// a CSV through the claims and persons readers and then the engine; a golden case file through its parser
/// and runner. Each decodes bytes as the command does (UTF-8, invalid bytes as U+FFFD).
/// </summary>
internal static class FuzzTargets
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static readonly IReadOnlyList<FuzzTarget> All =
    [
        new("policy", PolicyFile, root => Files(root, "*.policy")),
        new("csv", CsvFile, root => Files(root, "*.csv")),
        new("cases", CaseFile, root => Files(root, "*.cases")),
    ];

    public static FuzzTarget Named(string name) => All.FirstOrDefault(t => t.Name == name)
        ?? throw new ArgumentException($"no fuzz target '{name}'; the targets are {string.Join(", ", All.Select(t => t.Name))}");

    private static IEnumerable<string> Files(string root, string pattern) =>
        new[] { Path.Combine(root, "policies"), Path.Combine(root, "tests", "PolicyDsl.Tests", "Data") }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, pattern, SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);

    /// <summary>A policy known to check, with declared inputs, for the CSV and case targets to settle with.</summary>
    private static readonly Lazy<CheckedPolicy> Contract = new(() => PolicyChecker.Check(new SourceText("contract.policy", """
        policy "fuzz"
            city "测试市"
            notice "测试〔2023〕1号"
            issued 2022-12-01
            in force from 2023-01-01
        input person.contract : Bool = false column "contract" "签约家庭医生" @ 第一条
        input claim.visits : Int required column "visits" @ 第一条
        rule eligible = claim.amount @ 第一条
        rule deductible = 300元 - year.deductibleMet @ 第一条
        rule ratio = (if person.contract then 70% else 60%) @ 第一条
        rule cap = 1500元 + 10元 * claim.visits @ 第一条
        rule account = person.base * 2% @ 第一条
        exclude "住院" when claim.inpatient @ 第一条
        """)).Policy ?? throw new InvalidOperationException("the fuzzing policy does not check"));

    // Lazy, not a static initialiser: under SharpFuzz the instrumented library must not run before the fuzzer
    // has mapped its coverage memory, and this class is touched to pick the target.
    private static readonly Lazy<Claim[]> SampleClaims = new(MakeClaims);

    private static Claim[] MakeClaims()
    {
        var employed = new Person("A", InsuredStatus.Employed, 40, Scheme.Employer, false, 6000m);
        var retired = new Person("B", InsuredStatus.Retired, 70, Scheme.Flexible, true, 0m);
        return
        [
            new Claim(employed, new DateOnly(2023, 1, 5), HospitalLevel.Level2, 500m, Channel.OnSite, Place.Local, true, false),
            new Claim(employed, new DateOnly(2024, 12, 31), HospitalLevel.Level3, 79_000_000_000_000m, Channel.Pharmacy, Place.OutOfProvince, false, false),
            new Claim(retired, new DateOnly(2027, 6, 1), HospitalLevel.Primary, 0.01m, Channel.Internet, Place.Local, true, true),
            new Claim(retired, new DateOnly(9999, 12, 31), HospitalLevel.Specialist, 0m, Channel.OnSite, Place.ResidentElsewhere, true, false),
        ];
    }

    private static void PolicyFile(byte[] data)
    {
        var result = PolicyChecker.Check(new SourceText("fuzz.policy", Utf8.GetString(data)));
        if (result.Policy is not { } policy) return;
        var values = new ParameterValues(policy.Parameters);
        CSharpEmitter.Emit(policy, "fuzz");
        foreach (var rules in new IRuleEvaluator[] { CompiledPolicy.Compile(policy), CompiledPolicy.Compile(policy, traced: true), new TreeWalkingEvaluator(policy) })
        {
            var engine = new SettlementEngine(policy, rules, values, trace: rules is CompiledPolicy { Traced: true });
            engine.Settle(SampleClaims.Value);
            if (rules.HasAccount) engine.Credit(SampleClaims.Value.Select(c => c.Person).Distinct().ToList(), new DateOnly(2024, 3, 1));
        }
    }

    private static void CsvFile(byte[] data)
    {
        // Bytes as an analyst's file arrives: decoded (or refused) like every data file, then read as rows.
        var (text, _) = InputText.Decode("fuzz.csv", data, null);
        if (text is null) return;
        var (raw, _) = CsvRows.Read("fuzz.csv", text);
        if (raw is null) return;
        var policy = Contract.Value;
        var values = new ParameterValues(policy.Parameters);
        var (claims, _) = ClaimsFile.Read(raw, policy.Inputs.Declared);
        new SettlementEngine(policy, CompiledPolicy.Compile(policy), values).Settle(claims.Take(200).ToList());
        var (persons, _) = PersonsFile.Read(raw, policy.Inputs.Declared);
        new SettlementEngine(policy, CompiledPolicy.Compile(policy), values).Credit(persons.Take(200).ToList(), new DateOnly(2023, 5, 1));
        ClaimsFile.Read(raw);
    }

    private static void CaseFile(byte[] data)
    {
        var (file, _) = CaseFileParser.Parse("fuzz.cases", Utf8.GetString(data));
        var runner = new CaseRunner(Contract.Value, "contract");
        foreach (var goldenCase in file.Cases.Take(20)) runner.Run(goldenCase);
    }
}
