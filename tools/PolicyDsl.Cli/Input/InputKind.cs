namespace PolicyDsl.Cli.Input;

/// <summary>What a file given to the command is, which decides how much of it may be read.</summary>
internal enum InputKind
{
    Policy,
    Params,
    Cases,
    Claims,
    Persons,
}

/// <summary>The size limit and the name of each kind of input file.</summary>
internal static class InputKinds
{
    public static long MaxBytes(InputKind kind) => kind is InputKind.Claims or InputKind.Persons ? Limits.MaxCsvFileBytes : Limits.MaxTextFileBytes;

    public static string Name(InputKind kind) => kind switch
    {
        InputKind.Policy => "rule",
        InputKind.Params => "params",
        InputKind.Cases => "case",
        InputKind.Claims => "claims",
        _ => "persons",
    };
}
