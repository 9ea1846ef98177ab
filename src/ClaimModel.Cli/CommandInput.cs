using System.Text;
using ClaimModel.Loading;

namespace ClaimModel.Cli;

/// <summary>The steps both commands share: reading the inputs (with progress, honouring
/// <c>--skip-unreadable</c>) and opening where the result goes (<c>--output</c> or standard output).</summary>
internal static class CommandInput
{
    /// <summary>Loads <paramref name="paths"/>. Unreadable inputs are errors, or with <paramref name="skipUnreadable"/>
    /// are listed as skipped; <paramref name="complete"/> is <see langword="false"/> when the command cannot give a
    /// full answer (an unreadable input not skipped, or nothing readable at all: exit code 2).</summary>
    public static LoadedCorpus Load(IReadOnlyList<string> paths, bool skipUnreadable, CliConsole console, CliErrors errors, ProgressLine progress, out bool complete)
    {
        var options = new LoadOptions { StandardInput = console.StandardInput };
        var corpus = ClaimDocumentLoader.Load(paths, options, progress);
        progress.Clear();
        complete = corpus.IsReadable;
        if (complete)
        {
            return corpus;
        }

        var skip = skipUnreadable && !corpus.Documents.IsEmpty;
        foreach (var failure in corpus.Failures)
        {
            if (skip)
            {
                errors.Skipped(failure);
            }
            else
            {
                errors.Unreadable(failure);
            }
        }

        if (skipUnreadable && !skip)
        {
            errors.Note("no input could be read: nothing to do");
        }

        complete = skip;
        return corpus;
    }

    /// <summary>Where the result goes: the <c>--output</c> file (UTF-8 without BOM, LF) or standard output;
    /// <see langword="null"/> (an error reported) when the file cannot be created.</summary>
    public static TextWriter? OpenOutput(string? path, CliConsole console, CliErrors errors)
    {
        if (path is null)
        {
            return console.Output;
        }

        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Output(path, e.Message);
            return null;
        }
    }

    /// <summary>Ends writing the result: flushes standard output, or closes the <c>--output</c> file.</summary>
    public static void CloseOutput(TextWriter output, CliConsole console)
    {
        if (ReferenceEquals(output, console.Output))
        {
            output.Flush();
        }
        else
        {
            output.Dispose();
        }
    }
}
