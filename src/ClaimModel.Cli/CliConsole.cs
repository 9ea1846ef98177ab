namespace ClaimModel.Cli;

/// <summary>What a run of the command line reads and writes: standard output (the command's result), standard
/// error (what went wrong, what was skipped, progress), standard input (the path <c>-</c>) and whether standard
/// error is a terminal (progress is shown only then). Tests make one over string writers.</summary>
internal sealed record CliConsole
{
    /// <summary>Standard output: the report or the validation result.</summary>
    public required TextWriter Output { get; init; }

    /// <summary>Standard error: errors, skipped inputs, progress.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Opens standard input for the path <c>-</c>; <see langword="null"/>: <c>-</c> is a file name.</summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>Whether standard error is a terminal (a person watching): only then is progress shown.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>How long a run goes before progress is shown (short runs show none).</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The least time between two progress updates.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);
}
