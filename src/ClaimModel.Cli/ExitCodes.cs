namespace ClaimModel.Cli;

/// <summary>The command-line tool's exit codes (the README's "The command-line tool" section lists them).</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work: <c>validate</c> found the corpus valid, <c>analyze</c> ran (findings or not).</summary>
    public const int Valid = 0;

    /// <summary>The command ran and its result is negative: <c>validate</c> found validation errors; <c>analyze
    /// --fail-on-findings</c> found at least one contradiction.</summary>
    public const int Invalid = 1;

    /// <summary>The command could not do its work because of what it was given: a malformed command line, an input
    /// that could not be read (missing file, malformed JSON; unless skipped with <c>--skip-unreadable</c>), a corpus
    /// <c>analyze</c> found invalid, an <c>--output</c> file that cannot be created.</summary>
    public const int Unreadable = 2;

    /// <summary>The run could not complete for a reason other than its input: out of memory, a failed write, a
    /// defect. One line on standard error, never a stack trace.</summary>
    public const int InternalError = 3;

    /// <summary><c>analyze</c> ran but reached its budget (<c>--max-findings</c>, the engine's <c>AnalysisBudget</c>):
    /// the report is written and says what it left out, but it is incomplete.</summary>
    public const int Truncated = 4;
}
