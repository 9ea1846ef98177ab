using System.Text.Json;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimmodel-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Valid_document_exits_0_and_prints_counts()
    {
        var file = Write("valid.json", ClaimJson.Serialize(ValidDocument(), indented: true));

        var run = CliRun.Of("validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 document read (1 with article text, 0 shared)", run.Output, StringComparison.Ordinal);
        Assert.Contains("merged corpus: ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 0 warnings: valid\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_document_exits_1_and_names_code_path_and_value()
    {
        var document = ValidDocument();
        var broken = document with { Claims = [document.Claims[0] with { Claimant = "nobody-known" }] };
        var file = Write("invalid.json", ClaimJson.Serialize(broken));

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches("invalid.json: claims\\[0\\]\\.claimant", run.Output);
        Assert.Contains("nobody-known", run.Output, StringComparison.Ordinal);
        Assert.EndsWith(": invalid\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_exits_2_and_names_file_and_position()
    {
        var file = Write("broken.json", "{\"formatVersion\": 1, \"actors\": [");

        var run = CliRun.Of("validate", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches("unreadable: [^\n]*broken.json: ", run.Error);
        Assert.Contains("$.actors", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 0 warnings: unreadable\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_exits_2()
    {
        var run = CliRun.Of("validate", Path.Combine(_folder, "absent.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file or folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_documents_are_merged_and_json_format_is_machine_readable()
    {
        var document = ValidDocument();
        Write("a.json", ClaimJson.Serialize(document with { Claims = [], Denials = [] }));
        Write("b.json", ClaimJson.Serialize(document));

        var run = CliRun.Of("validate", _folder, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetArrayLength());
        Assert.Equal(document.Claims.Count, json.RootElement.GetProperty("merged").GetProperty("claims").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("issues").GetArrayLength());
    }

    [Fact]
    public void Unknown_format_is_a_command_line_error_exit_2()
    {
        var run = CliRun.Of("validate", _folder, "--format", "yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("yaml", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A small document that passes validation: one claim, quoted from its source's text.</summary>
    private static ClaimDocument ValidDocument() => new()
    {
        Actors =
        [
            new Actor { Id = "russia", Name = "Russia", Kind = ActorKind.State },
            new Actor { Id = "usa", Name = "United States", Kind = ActorKind.State },
        ],
        Sources = [new Source { Id = "article", Kind = SourceKind.NewsOutlet, Outlet = "Example", Text = "Russia said U.S. aircraft bombed Aleppo." }],
        Incidents = [new Incident { Id = "bombing", Kind = IncidentKind.Bombing, Title = "Bombing in Aleppo" }],
        Claims =
        [
            new Claim
            {
                Id = "c1",
                Claimant = "russia",
                Incident = "bombing",
                Statements = [new ResponsibilityStatement { Actors = ["usa"] }],
                Reports = [new Report { Source = "article", Quote = new Quote { Exact = "U.S. aircraft bombed Aleppo" } }],
            },
        ],
    };

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
