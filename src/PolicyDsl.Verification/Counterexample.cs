using System.Globalization;
using System.Text;
using PolicyDsl.Domain;

namespace PolicyDsl.Verification;

/// <summary>A shrunk failing history, written as a claims CSV that <c>policy eval --claims</c> reads as it is.</summary>
public static class Counterexample
{
    public static string ToCsv(IEnumerable<Claim> claims)
    {
        var csv = new StringBuilder("person,status,age,scheme,date,level,amount,channel,place,designated,inpatient,old_worker,base\n");
        foreach (var c in claims)
        {
            var p = c.Person;
            csv.Append(CultureInfo.InvariantCulture, $"{p.Id},{DomainVocabulary.CsvName(p.Status)},{p.Age},{DomainVocabulary.CsvName(p.Scheme)},")
               .Append(CultureInfo.InvariantCulture, $"{c.Date:yyyy-MM-dd},{DomainVocabulary.CsvName(c.Level)},{c.Amount.ToString("0.00", CultureInfo.InvariantCulture)},")
               .Append(CultureInfo.InvariantCulture, $"{DomainVocabulary.CsvName(c.Channel)},{DomainVocabulary.CsvName(c.Place)},{(c.Designated ? "true" : "false")},")
               .Append(CultureInfo.InvariantCulture, $"{(c.Inpatient ? "true" : "false")},{(p.OldWorker ? "true" : "false")},{p.Base.ToString("0.00", CultureInfo.InvariantCulture)}\n");
        }
        return csv.ToString();
    }
}
