namespace PolicyDsl.Diagnostics;

/// <summary>
/// Every diagnostic PolicyDsl reports, in one place so messages stay consistent and tests can
/// assert against them. Ids are stable: PD00xx reading and syntax, PD01xx names and types,
/// PD02xx policy structure, PD03xx evaluation, PD04xx input files, PD05xx golden case files. A retired id is never reused.
/// </summary>
internal static class DiagnosticCatalogue
{
    // Reading and syntax.
    public static readonly DiagnosticDescriptor SyntaxError =
        new("PD0001", Severity.Error, "unexpected {0}; expected {1}");
    public static readonly DiagnosticDescriptor FullWidthPunctuation =
        new("PD0002", Severity.Error, "full-width '{0}' here; did you mean '{1}'?", "outside strings, comments and citations the language uses ASCII punctuation");
    public static readonly DiagnosticDescriptor UnterminatedString =
        new("PD0003", Severity.Error, "string is not closed before the end of the line", "close it with '\"' on the same line");
    public static readonly DiagnosticDescriptor NestingTooDeep =
        new("PD0004", Severity.Error, "expression nested more than {0} levels deep", "split it with let bindings");
    public static readonly DiagnosticDescriptor FileTooLarge =
        new("PD0005", Severity.Error, "file is {0:N0} characters long; a policy file may be at most {1:N0}", "split the policy, or check that this is the right file");
    public static readonly DiagnosticDescriptor NotText =
        new("PD0006", Severity.Error, "this is not UTF-8 text (character U+{0:X4})", "save the file as UTF-8");
    public static readonly DiagnosticDescriptor DecimalNeedsUnit =
        new("PD0007", Severity.Error, "the number '{0}' needs a unit", "write 元 for money, % for a ratio or pp for percentage points");
    public static readonly DiagnosticDescriptor InvalidDate =
        new("PD0008", Severity.Error, "'{0}' is not a valid date");
    public static readonly DiagnosticDescriptor MissingHeader =
        new("PD0009", Severity.Error, "the file has no policy header", "start the file with: policy \"title\" followed by city, notice, issued and in force lines");
    public static readonly DiagnosticDescriptor NumberOutOfRange =
        new("PD0010", Severity.Error, "the number '{0}' is too large");
    public static readonly DiagnosticDescriptor UnexpectedAtTopLevel =
        new("PD0011", Severity.Error, "a declaration starts with let, param, input, total, enum, rule, exclude or invariant, not {0}", "indent a line that continues the declaration above");
    public static readonly DiagnosticDescriptor BidiControl =
        new("PD0013", Severity.Warning, "invisible bidirectional control character U+{0:X4}: the text may read otherwise than it is", "delete it; Chinese and English mix without it");
    public static readonly DiagnosticDescriptor IndentedDeclaration =
        new("PD0012", Severity.Error, "'{0}' starts a declaration, so it must be in the first column", "remove the spaces before it");

    // Names and types.
    public static readonly DiagnosticDescriptor UnknownName =
        new("PD0101", Severity.Error, "'{0}' is not defined");
    public static readonly DiagnosticDescriptor DuplicateDefinition =
        new("PD0102", Severity.Error, "'{0}' is already defined at line {1}");
    public static readonly DiagnosticDescriptor OperatorTypeMismatch =
        new("PD0103", Severity.Error, "operator '{0}' cannot be applied to {1} and {2}");
    public static readonly DiagnosticDescriptor ConditionNotBool =
        new("PD0104", Severity.Error, "a condition must be Bool, not {0}");
    public static readonly DiagnosticDescriptor BranchTypeMismatch =
        new("PD0105", Severity.Error, "this branch is {0} but the first branch is {1}", "every branch of an if, match or dated value must have the same type");
    public static readonly DiagnosticDescriptor NonExhaustiveMatch =
        new("PD0106", Severity.Error, "match does not cover {0}", "add an arm for each, or a final '| _ -> ...'");
    public static readonly DiagnosticDescriptor PatternTypeMismatch =
        new("PD0107", Severity.Error, "pattern '{0}' is {1} but the value matched is {2}");
    public static readonly DiagnosticDescriptor UnreachableArm =
        new("PD0108", Severity.Warning, "this pattern can never match: {0}");
    public static readonly DiagnosticDescriptor ArgumentCount =
        new("PD0109", Severity.Error, "'{0}' takes {1} argument(s) but is given {2}");
    public static readonly DiagnosticDescriptor NotAFunction =
        new("PD0110", Severity.Error, "'{0}' is a value, not a function; it cannot take arguments");
    public static readonly DiagnosticDescriptor UnknownField =
        new("PD0111", Severity.Error, "{0} has no field '{1}'");
    public static readonly DiagnosticDescriptor CircularDefinition =
        new("PD0112", Severity.Error, "'{0}' is defined in terms of itself ({1})", "rule files are not recursive: every value must be computable from values above it in the chain");
    public static readonly DiagnosticDescriptor ArgumentTypeMismatch =
        new("PD0113", Severity.Error, "argument {0} of '{1}' must be {2}, not {3}");
    public static readonly DiagnosticDescriptor UnaryTypeMismatch =
        new("PD0114", Severity.Error, "operator '{0}' cannot be applied to {1}");
    public static readonly DiagnosticDescriptor UnknownType =
        new("PD0115", Severity.Error, "'{0}' is not a type", "types are Money, Ratio, Points, Int, Bool, Date, Text, Level, Status, Scheme, Channel, Place");
    public static readonly DiagnosticDescriptor FunctionWithoutArguments =
        new("PD0116", Severity.Error, "'{0}' is a function of {1} argument(s); apply it, as in '{0} x'");
    public static readonly DiagnosticDescriptor RecordNotAllowed =
        new("PD0117", Severity.Error, "a function cannot return a record", "return the field you need, or bind the record with a let outside the function");
    public static readonly DiagnosticDescriptor DuplicateField =
        new("PD0118", Severity.Error, "field '{0}' appears twice in this record");
    public static readonly DiagnosticDescriptor InputNotAvailable =
        new("PD0119", Severity.Error, "'{0}' is not available in {1}", "the account rule sees person and the month; claim, year and total exist only for claims; result only in rule fund and invariants");
    public static readonly DiagnosticDescriptor UnmatchableType =
        new("PD0120", Severity.Error, "a value of type {0} cannot be matched; match on an enumeration, Bool or Int");
    public static readonly DiagnosticDescriptor ReservedName =
        new("PD0121", Severity.Error, "'{0}' is already a name of the language or of an enumeration (built in or declared) and cannot be redefined");
    public static readonly DiagnosticDescriptor NotAValue =
        new("PD0122", Severity.Error, "'{0}' is a group of inputs, not a value", "use one of its fields: {1}");
    public static readonly DiagnosticDescriptor DefaultType =
        new("PD0123", Severity.Error, "the default of '{0}' is {1}, but it is declared {2}", "write the default in the declared type, e.g. 'param covered : Bool = false'");
    public static readonly DiagnosticDescriptor InputGroup =
        new("PD0124", Severity.Error, "inputs are declared on claim or person, not '{0}'", "write 'input claim.NAME : Type ...' or 'input person.NAME : Type ...'");
    public static readonly DiagnosticDescriptor DuplicateInput =
        new("PD0125", Severity.Error, "input '{0}' is already declared {1}", "choose another name: input names are unique across claim and person, whatever their case");
    public static readonly DiagnosticDescriptor PartTypeMismatch =
        new("PD0127", Severity.Error, "{0} must be {1}, not {2}");
    public static readonly DiagnosticDescriptor BandsShape =
        new("PD0128", Severity.Error, "{0}", "write bands as: bands BASE after TOTAL | up to 5000元 -> 60% | above -> 70%");
    public static readonly DiagnosticDescriptor TotalShape =
        new("PD0129", Severity.Error, "{0}", "write: total NAME = sum amount|eligible|deductible|aboveDeductible|fund [where CONDITION] per year|month|day [by claim.INPUT], or = count ...");
    public static readonly DiagnosticDescriptor RoundingShape =
        new("PD0131", Severity.Error, "{0}", "write: round fund|account to 0.01元|0.1元|1元 halfAwayFromZero|halfEven|down|up @ 条款 (四舍五入, 银行家舍入, 舍去, 进位)");
    public static readonly DiagnosticDescriptor DuplicateEnumMember =
        new("PD0130", Severity.Error, "'{0}' is already a member of an enumeration, or reads like one", "members are names across all enumerations, built in or declared (Level2, Retired are taken), and within one enumeration no two may share a name, snake_case form or label, whatever the case");
    public static readonly DiagnosticDescriptor NameTooLong =
        new("PD0132", Severity.Error, "this name is {0:N0} characters long; a name may be at most {1:N0}", "shorten it: the article's own words belong in a citation or a /// doc comment");
    public static readonly DiagnosticDescriptor InputColumnTaken =
        new("PD0126", Severity.Error, "column '{0}' is already the column of {1}", "give the input its own column: column \"name\" \"中文名\"");

    // Policy structure.
    public static readonly DiagnosticDescriptor MissingRule =
        new("PD0201", Severity.Error, "the policy has no 'rule {0}'", "the engine needs rule eligible, deductible, ratio and cap");
    public static readonly DiagnosticDescriptor UnknownRule =
        new("PD0202", Severity.Error, "'{0}' is not a rule the engine knows", "rules are eligible, deductible, ratio, cap and account");
    public static readonly DiagnosticDescriptor RuleTypeMismatch =
        new("PD0203", Severity.Error, "rule {0} must be {1}, not {2}");
    public static readonly DiagnosticDescriptor DatedOrder =
        new("PD0204", Severity.Error, "dated branches must be in date order: {0} is not after {1}");
    public static readonly DiagnosticDescriptor DatedUntilNotFirst =
        new("PD0205", Severity.Error, "'until' can only open a dated value; later branches use 'from'");
    public static readonly DiagnosticDescriptor DatedGap =
        new("PD0206", Severity.Error, "no value applies from {0} to {1}, which is in force", "extend a branch or add one for these dates");
    public static readonly DiagnosticDescriptor MissingCitation =
        new("PD0207", Severity.Warning, "{0} cites no article", "add '@ 第N条' so results can be traced to the notice");
    public static readonly DiagnosticDescriptor DuplicateHeaderField =
        new("PD0208", Severity.Error, "the header states '{0}' twice");
    public static readonly DiagnosticDescriptor MissingHeaderField =
        new("PD0209", Severity.Error, "the header does not state '{0}'");
    public static readonly DiagnosticDescriptor InForceReversed =
        new("PD0210", Severity.Error, "the period in force ends ({0}) before it starts ({1})");
    public static readonly DiagnosticDescriptor InForceNameNotDateParam =
        new("PD0211", Severity.Error, "'{0}' must be a param of type Date to bound the period in force");
    public static readonly DiagnosticDescriptor UnusedDefinition =
        new("PD0212", Severity.Warning, "'{0}' is never used");
    public static readonly DiagnosticDescriptor ExclusionNotBool =
        new("PD0213", Severity.Error, "an exclusion's condition must be Bool, not {0}");
    public static readonly DiagnosticDescriptor CitationCoversLastBranch =
        new("PD0215", Severity.Warning, "this citation covers only the last {0}", "to cite the whole {1}, wrap it in parentheses: ({1} ...) @ {2}");
    public static readonly DiagnosticDescriptor InvariantNotBool =
        new("PD0216", Severity.Error, "an invariant's condition must be Bool, not {0}");
    public static readonly DiagnosticDescriptor OrderedField =
        new("PD0217", Severity.Error, "'{0}' cannot be ordered", "ordered invariants vary a claim or person field that is an enumeration or Bool: person.status, person.scheme, person.oldWorker, claim.level, claim.place, ...");
    public static readonly DiagnosticDescriptor OrderedValue =
        new("PD0218", Severity.Error, "'{0}' is not a value of {1}");
    public static readonly DiagnosticDescriptor ExpandedTooDeep =
        new("PD0219", Severity.Error, "{0} nests {1:N0} levels deep once the lets and functions it uses are written out in it; at most {2:N0}", "every stage that settles a claim goes that deep: shorten the chain of definitions that use one another, or nest less inside one");
    public static readonly DiagnosticDescriptor ExpandedTooLarge =
        new("PD0220", Severity.Error, "{0} grows to more than {1:N0} operations once the functions it calls are written out in it", "each call repeats the function's work: one that calls another twice doubles at every level; compute a repeated part once, in a let");
    public static readonly DiagnosticDescriptor DefinitionsTooEntangled =
        new("PD0221", Severity.Error, "'{0}' is one of more than {1} definitions that use one another", "rule files are not recursive: every value must be computable from values above it in the chain");
    public static readonly DiagnosticDescriptor DuplicateRule =
        new("PD0214", Severity.Error, "rule {0} is already given at line {1}");

    // Evaluation: reported against a claim or a month, not a span of source.
    public static readonly DiagnosticDescriptor OutsidePeriodInForce =
        new("PD0301", Severity.Error, "{0} is dated {1}, outside the period in force ({2} to {3})", "settle it with the policy in force on that date");
    public static readonly DiagnosticDescriptor MissingParameter =
        new("PD0302", Severity.Error, "parameter '{0}' ({1}) has no value{2}", "supply it with --set {0}=VALUE or a line '{0} = VALUE' in a --params file");
    public static readonly DiagnosticDescriptor CarriedStateMismatch =
        new("PD0312", Severity.Error, "the person's carried state {0}", "pass each person's own state, as the previous claim under this policy gave it back (PersonState.Start for a person's first claim)");
    public static readonly DiagnosticDescriptor ClaimOutOfOrder =
        new("PD0313", Severity.Error, "{0}'s claim of {1} comes before the last one settled ({2})", "a person's claims are settled in date order: settle the earlier claim first, or settle the year again as a batch");
    public static readonly DiagnosticDescriptor UnstatedReached =
        new("PD0303", Severity.Error, "the notice does not state this value: {0}");
    public static readonly DiagnosticDescriptor NoDatedValue =
        new("PD0304", Severity.Error, "no value applies on {0}: the first branch starts {1}");
    public static readonly DiagnosticDescriptor ArithmeticOverflow =
        new("PD0305", Severity.Error, "the amounts are too large to compute exactly", "check the amount column");
    public static readonly DiagnosticDescriptor DivisionByZero =
        new("PD0306", Severity.Error, "division by zero");
    public static readonly DiagnosticDescriptor NegativeEligible =
        new("PD0308", Severity.Error, "rule eligible gives {0}, below zero", "the eligible amount is part of the claim's amount: between 0 and the amount");
    public static readonly DiagnosticDescriptor FundAboveEligible =
        new("PD0310", Severity.Error, "the fund would pay {0}, more than the eligible {1}", "a ratio above 100% (or a rule fund) pays more than the claim: check the ratio, or the values given with --set and --params");
    public static readonly DiagnosticDescriptor BandEdgesOrder =
        new("PD0311", Severity.Error, "band edges must increase: {0} comes after {1}", "list the bands from the lowest edge up");
    public static readonly DiagnosticDescriptor MissingInput =
        new("PD0309", Severity.Error, "input '{0}' ({1}) has no value", "give the claims or persons file a column '{2}', or declare a default for the input");
    public static readonly DiagnosticDescriptor NoAccountRule =
        new("PD0307", Severity.Error, "the policy has no 'rule account'", "add one to compute the personal account credit");

    // Input files: parameters and CSV.
    public static readonly DiagnosticDescriptor BadParamsLine =
        new("PD0401", Severity.Error, "expected 'name = value' or 'assume name = value \"reason\"', found '{0}'");
    public static readonly DiagnosticDescriptor UnknownParameter =
        new("PD0402", Severity.Error, "the policy has no param '{0}'{1}");
    public static readonly DiagnosticDescriptor BadParameterValue =
        new("PD0403", Severity.Error, "{0}");
    public static readonly DiagnosticDescriptor AssumptionWithoutReason =
        new("PD0404", Severity.Error, "assumed value of '{0}' gives no reason", "write the reason in double quotes after the value, so reports can show it");
    public static readonly DiagnosticDescriptor MissingColumn =
        new("PD0410", Severity.Error, "the header has no column '{0}'", "required columns: {1}");
    public static readonly DiagnosticDescriptor DuplicateColumn =
        new("PD0411", Severity.Error, "column '{0}' appears twice in the header");
    public static readonly DiagnosticDescriptor BadCell =
        new("PD0412", Severity.Error, "column '{0}': {1}");
    public static readonly DiagnosticDescriptor EmptyInput =
        new("PD0413", Severity.Error, "the file is empty; it needs a header row");
    public static readonly DiagnosticDescriptor BadMonth =
        new("PD0414", Severity.Error, "'{0}' is not a month; write it as YYYY-MM");
    public static readonly DiagnosticDescriptor MalformedCsv =
        new("PD0416", Severity.Error, "this is not well-formed CSV: {0}", "check quotes: a field with a comma or quote is written \"like \"\"this\"\"\"");
    public static readonly DiagnosticDescriptor ConflictingInputs =
        new("PD0417", Severity.Error, "{0} is declared as {1} here but {3} in {2}", "policies compared on one claims file must declare a shared input alike");
    public static readonly DiagnosticDescriptor SameColumnTwice =
        new("PD0418", Severity.Error, "columns '{0}' and '{1}' are the same column; keep one", "'{1}' is the Chinese header of '{0}'");
    public static readonly DiagnosticDescriptor InputFileTooLarge =
        new("PD0419", Severity.Error, "the file is larger than {1:N0} bytes, the most a {0} file may be", "check that this is the right file (not a device such as /dev/zero), or split it");
    public static readonly DiagnosticDescriptor UnreadableFile =
        new("PD0415", Severity.Error, "cannot read the file: {0}");

    // Analysts' files (encodings, spreadsheets, duplicate rows) and the files the tool writes.
    public static readonly DiagnosticDescriptor NotUtf8Text =
        new("PD0430", Severity.Error, "this is not {0} text: the bytes {1} cannot be read", "{2}");
    public static readonly DiagnosticDescriptor WrongEncoding =
        new("PD0431", Severity.Error, "--encoding {0} was given, but this file is UTF-8", "leave out --encoding: UTF-8 is read without it");
    public static readonly DiagnosticDescriptor UnreadableCharacter =
        new("PD0432", Severity.Error, "the file holds {0}", "take the original file and save it as 'CSV UTF-8 (逗号分隔)' again");
    public static readonly DiagnosticDescriptor CellWithoutHeader =
        new("PD0433", Severity.Error, "the row has a value '{0}' in column {1}, which has no header; the header has {2} columns",
            "an unquoted comma splits a cell: write 1,200.00 as \"1,200.00\" or 1200.00");
    public static readonly DiagnosticDescriptor MisspeltColumn =
        new("PD0434", Severity.Error, "column '{0}' is not one the tool reads; did you mean '{1}'?",
            "rename it to '{1}' (or to a name not like it, if it is another column): a misspelt column would silently take its default");
    public static readonly DiagnosticDescriptor DuplicatePerson =
        new("PD0435", Severity.Error, "person '{0}' is listed again; first in row {1}{2}", "list each person once: a second row would be credited a second time");
    public static readonly DiagnosticDescriptor ConflictingPersonFacts =
        new("PD0436", Severity.Error, "person '{0}' on {1}: column '{2}' is {3} here but {4} in row {5}", "a person's facts on one date are one: correct one of the rows");
    public static readonly DiagnosticDescriptor NotAWorkbook =
        new("PD0437", Severity.Error, "this is not an Excel workbook (.xlsx or .xls) that can be read: {0}", "save it from Excel as 'Excel 工作簿 (*.xlsx)', or as 'CSV UTF-8'");
    public static readonly DiagnosticDescriptor NoSuchSheet =
        new("PD0438", Severity.Error, "the workbook has no sheet '{0}'", "its sheets: {1}");
    public static readonly DiagnosticDescriptor UnwritableFile =
        new("PD0439", Severity.Error, "cannot write the file: {0}", "nothing was written; check the folder exists and the file is not open in Excel");
    public static readonly DiagnosticDescriptor NotAParquetFile =
        new("PD0440", Severity.Error, "this is not a Parquet file that can be read: {0}", "write it with a Parquet writer (DuckDB, Spark, pandas), or give the claims as CSV UTF-8");
    public static readonly DiagnosticDescriptor NotABudget =
        new("PD0450", Severity.Error, "this is not a budget that can be merged: {0}", "merge the files 'policy simulate --partition K/N --format json' wrote, one per part");

    // Golden case files.
    public static readonly DiagnosticDescriptor CaseSyntax =
        new("PD0501", Severity.Error, "unexpected {0}; expected {1}", "case lines are: case \"name\", set, person, claim, year, account (see policies/README.md)");
    public static readonly DiagnosticDescriptor CaseUnknownPerson =
        new("PD0502", Severity.Error, "person '{0}' is not declared in this case", "add a line: person {0} employed 45 employer base 6000");
    public static readonly DiagnosticDescriptor CaseDuplicatePerson =
        new("PD0504", Severity.Error, "person '{0}' is already declared in this case");
    public static readonly DiagnosticDescriptor CaseBadValue =
        new("PD0505", Severity.Error, "a value on this line cannot be read: {0}");
    public static readonly DiagnosticDescriptor CaseOutsideCase =
        new("PD0503", Severity.Error, "this line must come after a 'case \"name\"' line");
}
