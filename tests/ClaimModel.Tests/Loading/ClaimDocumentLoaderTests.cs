using System.Text;
using ClaimModel.Loading;
using ClaimModel.Serialization;
using ClaimModel.Tests.Support;
using ClaimModel.Tests.Validation;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Loading;

public sealed class ClaimDocumentLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimmodel-load-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ClaimDocument Shared => ValidDocument.Document with { Claims = [], Denials = [] };

    private static ClaimDocument Article => ValidDocument.Document with { Actors = [], Sources = [], Incidents = [] };

    [Fact]
    public void Folder_is_read_recursively_in_ordinal_order_of_relative_paths()
    {
        Write("z.json", Shared);
        Write("sub/b.json", Article);
        Write("a.json", Shared);
        Write("sub/deeper/c.json", Shared);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not a document");

        var corpus = ClaimDocumentLoader.Load([_folder]);

        Assert.True(corpus.IsReadable);
        Assert.Equal(
            [Named("a.json"), Named("sub/b.json"), Named("sub/deeper/c.json"), Named("z.json")],
            corpus.Documents.Select(d => d.Name));
        Assert.Equal(ValidDocument.Document.Claims, corpus.Document.Claims);
        Assert.Equal(ValidDocument.Document.Actors, corpus.Document.Actors);
    }

    [Fact]
    public void Recursive_off_reads_the_top_folder_only()
    {
        Write("a.json", Shared);
        Write("sub/b.json", Article);

        var corpus = ClaimDocumentLoader.Load([_folder], new LoadOptions { Recursive = false });

        Assert.Equal([Named("a.json")], corpus.Documents.Select(d => d.Name));
    }

    [Fact]
    public void Pattern_matches_case_insensitively_and_hidden_folders_are_skipped()
    {
        Write("UPPER.JSON", Shared);
        Write(".git/hidden.json", Article);

        var corpus = ClaimDocumentLoader.Load([_folder]);

        Assert.Equal([Named("UPPER.JSON")], corpus.Documents.Select(d => d.Name));
    }

    [Fact]
    public void Links_to_folders_are_not_followed_so_a_cycle_ends()
    {
        Write("a.json", Shared);
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "sub", "loop"), _folder);

        var corpus = ClaimDocumentLoader.Load([_folder]);

        Assert.Equal([Named("a.json")], corpus.Documents.Select(d => d.Name));
    }

    [Fact]
    public void A_file_named_twice_is_read_once_at_its_first_place()
    {
        var a = Write("a.json", Shared);
        Write("b.json", Article);

        var corpus = ClaimDocumentLoader.Load([a, _folder, a]);

        Assert.Equal([a, Named("b.json")], corpus.Documents.Select(d => d.Name));
    }

    [Fact]
    public void File_is_read_as_given_whatever_its_extension()
    {
        var file = Write("document.txt", ValidDocument.Document);

        var corpus = ClaimDocumentLoader.Load([file]);

        Assert.Equal(file, Assert.Single(corpus.Documents).Name);
        Assert.True(corpus.Validate().IsValid);
    }

    [Fact]
    public void Missing_path_and_empty_folder_are_failures_and_the_rest_is_still_merged()
    {
        var a = Write("docs/a.json", ValidDocument.Document);
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        var missing = Path.Combine(_folder, "absent.json");

        var corpus = ClaimDocumentLoader.Load([missing, a, empty]);

        Assert.False(corpus.IsReadable);
        Assert.Equal(
            [
                new LoadFailure(missing, LoadFailureKind.NotFound, "no such file or folder"),
                new LoadFailure(empty, LoadFailureKind.EmptyFolder, "the folder and its subfolders hold no *.json documents"),
            ],
            corpus.Failures);
        Assert.Equal(ValidDocument.Document.Claims, corpus.Document.Claims);
        Assert.Equal(missing + ": no such file or folder", corpus.Failures[0].ToString());
    }

    [Fact]
    public void Malformed_json_is_a_failure_naming_file_json_path_and_line()
    {
        var broken = WriteText("broken.json", "{\"formatVersion\": 1, \"actors\": [");

        var corpus = ClaimDocumentLoader.Load([broken]);

        var failure = Assert.Single(corpus.Failures);
        Assert.Equal(broken, failure.Path);
        Assert.Equal(LoadFailureKind.InvalidJson, failure.Kind);
        Assert.Contains("$.actors", failure.Message, StringComparison.Ordinal);
        Assert.Contains("LineNumber", failure.Message, StringComparison.Ordinal);
        Assert.StartsWith(broken + ": ", failure.ToString(), StringComparison.Ordinal);
        Assert.Empty(corpus.Documents);
    }

    [Fact]
    public void Dash_reads_standard_input_when_it_is_given_and_is_a_file_name_otherwise()
    {
        var json = ClaimJson.Serialize(Article);
        var shared = Write("shared.json", Shared);
        var options = new LoadOptions { StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(json)) };

        var withStdin = ClaimDocumentLoader.Load([shared, "-", "-"], options);
        var without = ClaimDocumentLoader.Load(["-"]);

        Assert.Equal([shared, ClaimDocumentLoader.StandardInputName], withStdin.Documents.Select(d => d.Name));
        Assert.True(withStdin.Validate().IsValid);
        Assert.Equal(LoadFailureKind.NotFound, Assert.Single(without.Failures).Kind);
    }

    [Fact]
    public void An_input_that_cannot_be_read_is_an_unreadable_failure()
    {
        var options = new LoadOptions { StandardInput = () => throw new IOException("the pipe broke") };

        var corpus = ClaimDocumentLoader.Load(["-"], options);

        Assert.Equal(new LoadFailure("<stdin>", LoadFailureKind.Unreadable, "cannot read the file: the pipe broke"), Assert.Single(corpus.Failures));
    }

    [Fact]
    public void Validate_reports_merge_conflicts_then_issues_at_their_place_in_the_input_files()
    {
        var document = ValidDocument.Document;
        var shared = Write("a.json", Shared);
        var conflicting = Shared with { Actors = [document.Actors[0] with { Name = "Another name" }] };
        var article = Article with { Claims = [document.Claims[0] with { Claimant = "nobody-known" }] };
        Write("b.json", conflicting);
        Write("c.json", article);

        var outcome = ClaimDocumentLoader.Load([_folder]).Validate();

        Assert.False(outcome.IsValid);
        Assert.Equal(ErrorCodes.MergeConflict, outcome.Issues[0].Code);
        Assert.Equal(Named("b.json") + ": actors[0]", outcome.Issues[0].Path);
        Assert.Contains(outcome.Issues, i => i.Path == Named("c.json") + ": claims[0].claimant" && i.Code == ErrorCodes.ReferenceDangling);
        Assert.Equal(shared, Named("a.json"));
    }

    [Fact]
    public void Progress_is_told_after_each_file_read_or_not()
    {
        Write("a.json", Shared);
        WriteText("b.json", "not json");
        var progress = new Recorder<LoadProgress>();

        ClaimDocumentLoader.Load([_folder], progress: progress);

        Assert.Equal([new LoadProgress(1, 2, Named("a.json")), new LoadProgress(2, 2, Named("b.json"))], progress.Reports);
    }

    [Fact]
    public void Cancelled_load_throws()
    {
        Write("a.json", Shared);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ClaimDocumentLoader.Load([_folder], cancellationToken: cancel.Token));
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => ClaimDocumentLoader.Load(null!));
        Assert.Throws<ArgumentException>(() => ClaimDocumentLoader.Load([null!]));
    }

    private string Named(string relative) => Path.Join(_folder, relative);

    private string Write(string relative, ClaimDocument document) => WriteText(relative, ClaimJson.Serialize(document));

    private string WriteText(string relative, string text)
    {
        var path = Path.Join(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
