namespace PolicyDsl.Domain;

/// <summary>Day arithmetic that stops at the ends of the calendar instead of throwing (9999-12-31 is a date an analyst may write).</summary>
internal static class Dates
{
    public static DateOnly Next(DateOnly date) => date == DateOnly.MaxValue ? date : date.AddDays(1);

    public static DateOnly Previous(DateOnly date) => date == DateOnly.MinValue ? date : date.AddDays(-1);
}
