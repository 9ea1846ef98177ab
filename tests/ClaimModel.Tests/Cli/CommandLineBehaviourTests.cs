using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Serialization;
using ClaimModel.Tests.Reporting;
using ClaimModel.Tests.Validation;

namespace ClaimModel.Tests.Cli;

/// <summary>The tool behaves as a dotnet tool should: its name in usage, help that matches the parser, errors on
/// standard error (as JSON under <c>--format json</c>), unknown options rejected, standard input, folders read
/// recursively, <c>--output</c>, <c>--skip-unreadable</c>, exit code 3 for internal errors, progress on terminals.</summary>
public sealed class CommandLineBehaviourTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimmodel-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("--help", "claimmodel [command] [options]")]
    [InlineData("analyze --help", "claimmodel analyze <paths>... [options]")]
    [InlineData("validate --help", "claimmodel validate <paths>... [options]")]
    public void Usage_names_the_tool_claimmodel(string args, string usage)
    {
        var run = CliRun.Of(args.Split(' '));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:\n  " + usage + "\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "text|json|markdown|html")]
    [InlineData("validate", "text|json")]
    public void Every_format_the_help_names_is_accepted_in_any_case_and_no_other(string command, string expected)
    {
        var file = Write("doc.json", ValidDocument.Document);
        var help = CliRun.Of(command, "--help").Output;
        var names = Regex.Match(help, "--format <([a-z|]+)>").Groups[1].Value;

        Assert.Equal(expected, names);
        Assert.DoesNotContain("[default: ", help, StringComparison.Ordinal);
        foreach (var name in names.Split('|'))
        {
            Assert.Equal(0, CliRun.Of(command, file, "--format", name).ExitCode);
            Assert.Equal(0, CliRun.Of(command, file, "-f", name.ToUpperInvariant()).ExitCode);
        }

        var yaml = CliRun.Of(command, file, "--format", "yaml");
        Assert.Equal(2, yaml.ExitCode);
        Assert.Contains("use one of: " + names.Replace("|", ", ", StringComparison.Ordinal), yaml.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_go_to_standard_error_and_standard_output_stays_empty()
    {
        var missing = Path.Join(_folder, "absent.json");

        var run = CliRun.Of("analyze", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal($"unreadable: {missing}: no such file or folder\n", run.Error);
    }

    [Fact]
    public void Under_format_json_errors_are_one_json_object_on_standard_error()
    {
        var missing = Path.Join(_folder, "absent.json");

        var run = CliRun.Of("analyze", missing, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        using var json = JsonDocument.Parse(run.Error);
        Assert.Equal(2, json.RootElement.GetProperty("exitCode").GetInt32());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("unreadable", error.GetProperty("kind").GetString());
        Assert.Equal(missing, error.GetProperty("path").GetString());
        Assert.Equal("not-found", error.GetProperty("reason").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("skipped").GetArrayLength());
    }

    [Fact]
    public void Invalid_corpus_errors_name_code_and_origin_under_json()
    {
        var document = ValidDocument.Document;
        var file = Write("bad.json", document with { Claims = [document.Claims[0] with { Claimant = "nobody-known" }] });

        var run = CliRun.Of("analyze", file, "--format=json");

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Error);
        Assert.Contains(json.RootElement.GetProperty("errors").EnumerateArray(), e =>
            e.GetProperty("kind").GetString() == "invalid"
            && e.GetProperty("code").GetString() == "reference-dangling"
            && e.GetProperty("path").GetString() == file + ": claims[0].claimant"
            && e.GetProperty("value").GetString() == "nobody-known");
    }

    [Fact]
    public void Unknown_option_is_rejected_not_read_as_a_path()
    {
        var file = Write("doc.json", ValidDocument.Document);

        var text = CliRun.Of("validate", file, "--frmat", "json");
        var json = CliRun.Of("validate", file, "-f", "JSON", "--frmat");

        Assert.Equal(2, text.ExitCode);
        Assert.Equal(string.Empty, text.Output);
        Assert.Equal("Unknown option '--frmat' (a path that starts with '-' goes after '--').\nRun 'claimmodel --help' for usage.\n", text.Error);
        Assert.Equal(2, json.ExitCode);
        using var error = JsonDocument.Parse(json.Error);
        Assert.Equal("command-line", error.RootElement.GetProperty("errors")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void After_double_dash_a_dash_token_is_a_path()
    {
        var run = CliRun.Of("validate", "--", "--not-an-option.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("unreadable: --not-an-option.json: no such file or folder\n", run.Error);
    }

    [Fact]
    public void Dash_reads_standard_input_merged_with_the_other_paths()
    {
        var document = ValidDocument.Document;
        var shared = Write("shared.json", document with { Claims = [], Denials = [] });
        var article = ClaimJson.Serialize(document with { Actors = [], Sources = [], Incidents = [] });

        var run = CliRun.With(article, terminal: false, "validate", shared, "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  <stdin>: 0 actors", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 0 warnings: valid\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_read_recursively()
    {
        var document = ValidDocument.Document;
        Write("shared.json", document with { Claims = [], Denials = [] });
        Write("articles/2016/a.json", document with { Actors = [], Sources = [], Incidents = [] });

        var run = CliRun.Of("validate", _folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 documents read", run.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Join(_folder, "articles/2016/a.json") + ": ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_option_writes_the_result_to_the_file_and_nothing_to_standard_output()
    {
        var file = Write("sample.json", SampleReport.Document());
        var target = Path.Join(_folder, "report.md");

        var run = CliRun.Of("analyze", file, "--format", "markdown", "--output", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(ReportMarkdownWriter.Write(ContradictionDetector.Analyze(SampleReport.Document(), ClaimModel.Cli.AnalyzeCommand.Options), ReportDetail.Disputes), File.ReadAllText(target));
    }

    [Fact]
    public void Output_file_that_cannot_be_created_exits_2()
    {
        var file = Write("doc.json", ValidDocument.Document);
        var target = Path.Join(_folder, "no-such-folder", "out.txt");

        var run = CliRun.Of("validate", file, "-o", target);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cannot write the output: " + target + ": ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_unreadable_analyses_the_readable_rest_and_lists_the_others()
    {
        Write("sample.json", SampleReport.Document());
        var broken = WriteText("broken.json", "{\"formatVersion\": 1, \"actors\": [");

        var stopped = CliRun.Of("analyze", _folder);
        var skipped = CliRun.Of("analyze", _folder, "--skip-unreadable");
        var json = CliRun.Of("analyze", _folder, "--skip-unreadable", "--format", "json");

        Assert.Equal(2, stopped.ExitCode);
        Assert.Equal(string.Empty, stopped.Output);
        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal(ReportTextWriter.Write(ContradictionDetector.Analyze(SampleReport.Document(), ClaimModel.Cli.AnalyzeCommand.Options), ReportDetail.Disputes), skipped.Output);
        Assert.StartsWith($"skipped (unreadable): {broken}: ", skipped.Error, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var error = JsonDocument.Parse(json.Error);
        Assert.Equal(0, error.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Equal(0, error.RootElement.GetProperty("errors").GetArrayLength());
        var skip = Assert.Single(error.RootElement.GetProperty("skipped").EnumerateArray());
        Assert.Equal("invalid-json", skip.GetProperty("reason").GetString());
        Assert.Equal(broken, skip.GetProperty("path").GetString());
    }

    [Fact]
    public void Skip_unreadable_in_validate_counts_the_skipped_inputs_and_judges_the_rest()
    {
        Write("doc.json", ValidDocument.Document);
        WriteText("broken.json", "[");

        var run = CliRun.Of("validate", _folder, "--skip-unreadable");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 input skipped (see standard error)\n", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 0 warnings: valid\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_unreadable_with_nothing_readable_exits_2()
    {
        WriteText("broken.json", "[");

        var run = CliRun.Of("analyze", _folder, "--skip-unreadable");

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("no input could be read: nothing to do\n", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Out_of_memory_is_one_line_and_exit_code_3_never_a_stack_trace_or_the_findings_code(string format)
    {
        var run = CliRun.With(() => new FailingStream(new OutOfMemoryException()), terminal: false, "analyze", "-", "--fail-on-findings", "--format", format);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
        if (format == "text")
        {
            Assert.Equal("claimmodel: internal error: out of memory: the input is too large for this machine's memory\n", run.Error);
        }
        else
        {
            using var json = JsonDocument.Parse(run.Error);
            Assert.Equal(3, json.RootElement.GetProperty("exitCode").GetInt32());
            Assert.Equal("internal", json.RootElement.GetProperty("errors")[0].GetProperty("kind").GetString());
        }
    }

    [Fact]
    public void Any_other_internal_failure_is_one_line_with_its_type_and_exit_code_3()
    {
        var run = CliRun.With(() => new FailingStream(new NotSupportedException("first line\nsecond line")), terminal: false, "validate", "-");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("claimmodel: internal error: NotSupportedException: first line\n", run.Error);
    }

    [Fact]
    public void Progress_is_shown_on_a_terminal_and_erased_at_the_end()
    {
        var file = Write("sample.json", SampleReport.Document());

        var terminal = CliRun.With((string?)null, terminal: true, "analyze", file);
        var redirected = CliRun.With((string?)null, terminal: false, "analyze", file);

        Assert.Contains("\r\u001b[Kclaimmodel: reading 1/1 files (" + file + ")", terminal.Error, StringComparison.Ordinal);
        Assert.Contains("\r\u001b[Kclaimmodel: analysing ", terminal.Error, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[K", terminal.Error, StringComparison.Ordinal);
        Assert.Equal(redirected.Output, terminal.Output);
        Assert.Equal(string.Empty, redirected.Error);
    }

    private string Write(string relative, ClaimDocument document) => WriteText(relative, ClaimJson.Serialize(document));

    private string WriteText(string relative, string text)
    {
        var path = Path.Join(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A stream whose every read throws <paramref name="failure"/>.</summary>
    private sealed class FailingStream(Exception failure) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw failure;

        public override int Read(Span<byte> buffer) => throw failure;

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
