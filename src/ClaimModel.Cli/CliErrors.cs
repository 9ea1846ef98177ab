using System.Text.Json;
using ClaimModel.Loading;
using ClaimModel.Validation;

namespace ClaimModel.Cli;

/// <summary>What a run says on standard error: why it failed and what it skipped. As text, one line per entry,
/// written at once; with <c>--format json</c>, one JSON object when the run ends (<see cref="Finish"/>):
/// <c>{ exitCode, errors: [ { kind, ... } ], skipped: [ { path, reason, message } ] }</c>, where an error's
/// <c>kind</c> is <c>command-line</c>, <c>unreadable</c> (with <c>path, reason</c>), <c>invalid</c> (with the
/// issue's <c>severity, code, path, value?</c>), <c>output</c> (with <c>path</c>) or <c>internal</c>, and every
/// entry has a <c>message</c>. Nothing is written when there is nothing to say.</summary>
internal sealed class CliErrors
{
    private readonly TextWriter _error;
    private readonly bool _json;
    private readonly ProgressLine? _progress;
    private readonly List<Action<Utf8JsonWriter>> _errors = [];
    private readonly List<LoadFailure> _skipped = [];

    /// <summary>Errors written to <paramref name="error"/>, as JSON when <paramref name="json"/>; a shown
    /// <paramref name="progress"/> line is erased first.</summary>
    public CliErrors(TextWriter error, bool json, ProgressLine? progress = null)
    {
        _error = error;
        _json = json;
        _progress = progress;
    }

    /// <summary>Whether the errors are written as JSON.</summary>
    public bool IsJson => _json;

    /// <summary>A malformed command line.</summary>
    public void CommandLine(string message) => Add(message, json =>
    {
        json.WriteString("kind", "command-line");
        json.WriteString("message", message);
    });

    /// <summary>An input that could not be read (and was not skipped).</summary>
    public void Unreadable(LoadFailure failure) => Add("unreadable: " + failure, json =>
    {
        json.WriteString("kind", "unreadable");
        json.WriteString("path", failure.Path);
        json.WriteString("reason", failure.KindName);
        json.WriteString("message", failure.Message);
    });

    /// <summary>An input that could not be read and was skipped (<c>--skip-unreadable</c>).</summary>
    public void Skipped(LoadFailure failure)
    {
        if (_json)
        {
            _skipped.Add(failure);
        }
        else
        {
            Line("skipped (unreadable): " + failure);
        }
    }

    /// <summary>A validation issue that stops the analysis.</summary>
    public void Invalid(ValidationIssue issue) => Add(issue.ToString(), json =>
    {
        json.WriteString("kind", "invalid");
        CliJson.WriteIssueMembers(json, issue);
    });

    /// <summary>The <c>--output</c> file cannot be written.</summary>
    public void Output(string path, string message) => Add("cannot write the output: " + path + ": " + message, json =>
    {
        json.WriteString("kind", "output");
        json.WriteString("path", path);
        json.WriteString("message", message);
    });

    /// <summary>The run failed for a reason other than its input (<see cref="ExitCodes.InternalError"/>): one line,
    /// the exception's type and first message line, never a stack trace.</summary>
    public void Internal(Exception exception)
    {
        var message = exception is OutOfMemoryException
            ? "out of memory: the input is too large for this machine's memory"
            : exception.GetType().Name + ": " + FirstLine(exception.Message);
        Add("claimmodel: internal error: " + message, json =>
        {
            json.WriteString("kind", "internal");
            json.WriteString("message", message);
        });
    }

    /// <summary>A line of text for people (not written under JSON, where the entries say it all).</summary>
    public void Note(string text)
    {
        if (!_json)
        {
            Line(text);
        }
    }

    /// <summary>Ends the run: under JSON, writes the object when there is an error or a skipped input.</summary>
    /// <returns><paramref name="exitCode"/>.</returns>
    public int Finish(int exitCode)
    {
        if (_json && (_errors.Count > 0 || _skipped.Count > 0))
        {
            _progress?.Clear();
            CliJson.Write(_error, json =>
            {
                json.WriteStartObject();
                json.WriteNumber("exitCode", exitCode);
                json.WriteStartArray("errors");
                foreach (var write in _errors)
                {
                    json.WriteStartObject();
                    write(json);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("skipped");
                foreach (var failure in _skipped)
                {
                    CliJson.WriteFailure(json, failure);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
            _errors.Clear();
            _skipped.Clear();
        }

        _error.Flush();
        return exitCode;
    }

    private void Add(string text, Action<Utf8JsonWriter> json)
    {
        if (_json)
        {
            _errors.Add(json);
        }
        else
        {
            Line(text);
        }
    }

    private void Line(string text)
    {
        _progress?.Clear();
        _error.Write(text);
        _error.Write('\n');
    }

    private static string FirstLine(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }
}
