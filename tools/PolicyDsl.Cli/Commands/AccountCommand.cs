using System.CommandLine;
using System.Globalization;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Compilation;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary><c>policy account POLICY --persons FILE --month YYYY-MM</c>: the monthly personal account credit per person.</summary>
internal static class AccountCommand
{
    public static Command Create(CliOutput output)
    {
        var common = new CommonOptions();
        var input = new InputOptions();
        var persons = new Option<string>("--persons") { Description = "persons CSV: person,status,age,scheme,base", Required = true };
        var month = new Option<string>("--month") { Description = "the month to credit, YYYY-MM", Required = true };
        var command = new Command("account", "Compute each person's personal account credit (个人账户划入) for one month");
        common.AddTo(command);
        command.Options.Add(persons);
        command.Options.Add(month);
        input.AddTo(command);
        command.SetAction(result => output.Run(() => common.Output.Get(result) is (var settings, null)
            ? Run(result.GetValue(common.Policy)!, result.GetValue(persons)!, result.GetValue(month)!, result.GetValue(common.Params) ?? [],
                result.GetValue(common.Set) ?? [], settings!, input.Get(result), output)
            : output.Usage("account", common.Output.Get(result).Error!)));
        return command;
    }

    private static int Run(string policyPath, string personsPath, string monthText, string[] paramFiles, string[] sets, OutputSettings format, InputSettings settings, CliOutput output)
    {
        if (!DateOnly.TryParseExact(monthText, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            DiagnosticPrinter.Print(output.Error, new InputError(DiagnosticCatalogue.BadMonth, "--month", [monthText]));
            return 1;
        }
        var policy = PolicyLoader.Load(policyPath, output.Error);
        if (policy is null) return 1;
        var parameters = PolicyLoader.Parameters(policy, policyPath, paramFiles, sets, settings, output.Error);
        if (parameters is null) return 1;
        var people = InputFiles.Persons(personsPath, policy.Inputs.Declared, settings, output.Error);
        if (people is null) return 1;
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: true), parameters, trace: true);
        var outcome = engine.Credit(people, month);
        if (outcome.Results.Count == 0 && outcome.Error is not null)
        {
            DiagnosticPrinter.Print(output.Error, policyPath, outcome.Where, outcome.Error);
            return 1;
        }
        // Every person is credited on its own. The ones that cannot be are rows saying so, and each is
        // listed on stderr; the output is complete, but the run is not a success (exit 1).
        ResultOutput.Write(output, format, () => AccountWriter.Rows(outcome.Results), (w, f) => AccountWriter.Write(w, outcome.Results, f, format.Language), richJson: true);
        var uncredited = outcome.Results.Select((c, i) => (Credit: c, Index: i)).Where(p => p.Credit.Error is not null).ToList();
        foreach (var (credit, index) in uncredited)
        {
            DiagnosticPrinter.Print(output.Error, policyPath, $"person {index + 1} ({credit.Person.Id})", credit.Error!);
        }
        if (uncredited.Count == 0) return 0;
        var credited = outcome.Results.Count - uncredited.Count;
        output.Error.WriteLine($"{policyPath}: {uncredited.Count} of {outcome.Results.Count} persons could not be credited" +
            (credited > 0 ? $"; the other {credited} were" : ""));
        output.KeepOutput();
        return 1;
    }
}
