namespace ClaimModel.Cli;

/// <summary>The command-line tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything read and valid.</summary>
    public const int Valid = 0;

    /// <summary>Every input read, but validation found errors.</summary>
    public const int Invalid = 1;

    /// <summary>An input could not be read (missing file, malformed JSON) or the command line was wrong.</summary>
    public const int Unreadable = 2;
}
