using System.CommandLine;

namespace PolicyDsl.Cli.Commands;

/// <summary><c>--year</c> for the scenario grid: the calendar year its claims fall in.</summary>
internal static class YearOption
{
    public static Option<int?> Create()
    {
        var option = new Option<int?>("--year") { Description = "the year the grid's claims fall in (default: the first whole year every policy is in force); every policy must be in force all of it" };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } y && (y < 1900 || y > 9998)) r.AddError("--year must be a year from 1900 to 9998");
        });
        return option;
    }
}
