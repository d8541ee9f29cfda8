using System.Globalization;
using PolicyDsl.Domain;
using Sprache;

namespace PolicyDsl.Testing;

/// <summary>
/// The grammar of one line of a case file, in Sprache. Lines are independent, so a file's errors are
/// all reported in one run. <c>//</c> starts a comment, which is where the hand arithmetic goes.
/// </summary>
internal static class CaseGrammar
{
    private static Parser<T> Token<T>(this Parser<T> parser) =>
        from leading in Parse.Chars(' ', '\t', '\u3000').Many()
        from value in parser
        select value;

    private static readonly Parser<string> Word =
        Parse.Char(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.', "a word").AtLeastOnce().Text().Token().Named("a word");

    private static Parser<string> Keyword(string word) => Parse.String(word).Text().Token().Named($"'{word}'");

    private static readonly Parser<string> Quoted =
        (from open in Parse.Char('"')
         from text in Parse.CharExcept('"').Many().Text()
         from close in Parse.Char('"')
         select text).Token().Named("a quoted name");

    private static readonly Parser<decimal> Amount =
        Parse.Regex(@"-?\d+(\.\d+)?").Select(t => decimal.Parse(t, CultureInfo.InvariantCulture))
            .Then(d => Parse.String("元").Optional().Return(d)).Token().Named("an amount");

    private static readonly Parser<DateOnly> Date =
        Parse.Regex(@"\d{4}-\d{2}-\d{2}").Select(t => DateOnly.ParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture)).Token().Named("a date YYYY-MM-DD");

    private static readonly Parser<DateOnly> Month =
        Parse.Regex(@"\d{4}-\d{2}").Select(t => DateOnly.ParseExact(t, "yyyy-MM", CultureInfo.InvariantCulture)).Token().Named("a month YYYY-MM");

    private static Parser<T> Member<T>(string what) where T : struct, Enum =>
        Word.Where(w => DomainVocabulary.TryParse<T>(w, out _)).Select(w => { DomainVocabulary.TryParse<T>(w, out var v); return v; }).Named(what);

    private static readonly Parser<string> Arrow = Keyword("=>");

    /// <summary><c>contract=true</c>: a value for an input the policy declares, read against its type by the runner.</summary>
    private static readonly Parser<CaseInput> Input =
        (from name in Word
         from eq in Parse.Char('=')
         from value in Parse.CharExcept(" \t\u3000/").AtLeastOnce().Text()
         select new CaseInput(name, value)).Token().Named("name=value");

    private static readonly Parser<IReadOnlyList<CaseInput>> Inputs = Input.Many().Select(IReadOnlyList<CaseInput> (i) => i.ToList());

    private static readonly Parser<IReadOnlyDictionary<string, decimal>> Expectations =
        (from name in Keyword("deductible").Or(Keyword("fund")).Or(Keyword("personal")).Or(Keyword("eligible"))
             .Or(Keyword("ratio")).Or(Keyword("cap")).Or(Keyword("ytd"))
         from value in Amount
         select (name, value)).AtLeastOnce().Select(IReadOnlyDictionary<string, decimal> (pairs) => pairs.ToDictionary(p => p.name, p => p.value));

    private static readonly Parser<string> ExpectedError = Keyword("error").Then(_ => Parse.Regex("PD[0-9]{4}").Token().Named("a diagnostic id"));

    public static Parser<object> Case(int line) => Keyword("case").Then(_ => Quoted).Select(object (name) => new GoldenCase(name, line, [], [], []));

    public static Parser<object> Setting(int line) =>
        from kw in Keyword("set")
        from name in Word
        from eq in Keyword("=")
        from value in Parse.CharExcept("/").AtLeastOnce().Text().Token()
        select (object)new CaseSetting(name, value.Trim(), line);

    public static Parser<object> Person(int line) =>
        from kw in Keyword("person")
        from id in Word
        from status in Member<InsuredStatus>("employed or retired")
        from age in Parse.Number.Token().Named("an age").Select(a => int.Parse(a, CultureInfo.InvariantCulture))
        from scheme in Member<Scheme>("a scheme (employer, individual1, individual2, flexible, single_pool, lump_sum)")
        from baseAmount in Keyword("base").Then(_ => Amount).Optional()
        from oldWorker in Keyword("oldworker").Optional()
        from inputs in Inputs
        select (object)new CasePerson(new Person(id, status, age, scheme, oldWorker.IsDefined, baseAmount.GetOrElse(0m)), line, inputs);

    private static readonly string[] Flags = ["inpatient", "nondesignated", "internet", "pharmacy", "province", "out_of_province", "resident_elsewhere"];

    public static Parser<object> Claim(int line) =>
        from kw in Keyword("claim")
        from id in Word
        from date in Date
        from level in Member<HospitalLevel>("a level (primary, level1, level2, level3, specialist)")
        from amount in Amount
        // Flags and name=value inputs in any order: an input is tried first, since a flag is a prefix of none.
        from items in Input.Select(object (i) => i).Or(Flags.Select(Keyword).Aggregate((a, b) => a.Or(b)).Select(object (f) => f)).Many()
        let flags = items.OfType<string>().ToList()
        let inputs = items.OfType<CaseInput>().ToList()
        from arrow in Arrow.Optional()
        from outcome in arrow.IsDefined
            ? ExpectedError.Select(e => ((string?)e, NoExpectations)).Or(Expectations.Select(x => ((string?)null, x)))
            : Parse.Return(((string?)null, NoExpectations))
        select (object)new ClaimStep(id, date, level, amount, flags, outcome.Item2, outcome.Item1, line) { Inputs = inputs };

    private static readonly IReadOnlyDictionary<string, decimal> NoExpectations = new Dictionary<string, decimal>();

    /// <summary>A year's totals: only the figures that add up over a year.</summary>
    private static readonly Parser<IReadOnlyDictionary<string, decimal>> YearExpectations =
        (from name in Keyword("deductible").Or(Keyword("fund")).Or(Keyword("personal")).Or(Keyword("eligible"))
         from value in Amount
         select (name, value)).AtLeastOnce().Select(IReadOnlyDictionary<string, decimal> (pairs) => pairs.ToDictionary(p => p.name, p => p.value));

    public static Parser<object> Year(int line) =>
        from kw in Keyword("year")
        from id in Word
        from year in Parse.Regex(@"\d{4}").Token().Named("a year").Select(y => int.Parse(y, CultureInfo.InvariantCulture))
        from arrow in Arrow
        from expected in YearExpectations
        select (object)new YearStep(id, year, expected, line);

    public static Parser<object> Account(int line) =>
        from kw in Keyword("account")
        from id in Word
        from month in Month
        from arrow in Arrow
        from result in ExpectedError.Select(e => ((decimal?)null, (string?)e)).Or(Amount.Select(a => ((decimal?)a, (string?)null)))
        select (object)new AccountStep(id, month, result.Item1, result.Item2, line);

    /// <summary>One line with its comment already removed.</summary>
    public static Parser<object> Line(int line) =>
        from item in Case(line).Or(Setting(line)).Or(Person(line)).Or(Claim(line)).Or(Year(line)).Or(Account(line))
        from rest in Parse.Chars(' ', '\t', '\u3000', '\r').Many()
        from end in Parse.Return(0).End()
        select item;
}
