using System.Globalization;
using System.Text;
using PolicyDsl.Domain;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Verification;

/// <summary>A shrunk failing history, written as a claims CSV that <c>policy eval --claims</c> reads as it is.</summary>
internal static class Counterexample
{
    /// <param name="declared">The inputs the policy declares: each gets its column, empty where the claim leaves it to the default.</param>
    public static string ToCsv(IEnumerable<Claim> claims, IReadOnlyList<InputSymbol>? declared = null)
    {
        declared ??= [];
        var csv = new StringBuilder("person,status,age,scheme,date,level,amount,channel,place,designated,inpatient,old_worker,base");
        foreach (var input in declared) csv.Append(',').Append(input.Column);
        csv.Append('\n');
        foreach (var c in claims)
        {
            var p = c.Person;
            csv.Append(CultureInfo.InvariantCulture, $"{p.Id},{DomainVocabulary.CsvName(p.Status)},{p.Age},{DomainVocabulary.CsvName(p.Scheme)},")
               .Append(CultureInfo.InvariantCulture, $"{c.Date:yyyy-MM-dd},{DomainVocabulary.CsvName(c.Level)},{c.Amount.ToString("0.00", CultureInfo.InvariantCulture)},")
               .Append(CultureInfo.InvariantCulture, $"{DomainVocabulary.CsvName(c.Channel)},{DomainVocabulary.CsvName(c.Place)},{(c.Designated ? "true" : "false")},")
               .Append(CultureInfo.InvariantCulture, $"{(c.Inpatient ? "true" : "false")},{(p.OldWorker ? "true" : "false")},{p.Base.ToString("0.00", CultureInfo.InvariantCulture)}");
            foreach (var input in declared)
            {
                var value = (input.Group == InputGroup.Claim ? c.Inputs : p.Inputs)[input.Name];
                csv.Append(',').Append(value is null ? "" : Cell(value));
            }
            csv.Append('\n');
        }
        return csv.ToString();
    }

    private static string Cell(object value) => value switch
    {
        Enum e => DomainVocabulary.CsvName(e),
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
