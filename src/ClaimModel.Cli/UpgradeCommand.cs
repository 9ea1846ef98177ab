using System.CommandLine;
using System.Text;
using System.Text.Json;
using ClaimModel.Loading;
using ClaimModel.Serialization;

namespace ClaimModel.Cli;

/// <summary><c>claimmodel upgrade &lt;files|folders&gt; [--check]</c>: rewrites documents (the files and folders read as
/// <see cref="ClaimDocumentLoader"/> reads them) of an older format version (and
/// documents not in canonical form) as the current version in canonical form; with <c>--check</c> only lists the
/// files that would change and exits 1 when there are any.</summary>
internal static class UpgradeCommand
{
    /// <summary>Exit code of <c>--check</c> when a file would change.</summary>
    public const int WouldChange = 1;

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where the listing goes.</param>
    /// <param name="error">Where unreadable files are reported.</param>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = CommandLineParts.PathsArgument();
        var check = new Option<bool>("--check") { Description = "Only list the files that would change; exit 1 when there are any." };
        var command = new Command(
            "upgrade",
            $"Rewrite ClaimModel documents (files or folders of *.json, recursively) as formatVersion {ClaimDocument.CurrentFormatVersion} in canonical form.")
        {
            paths,
            check,
        };
        command.SetAction(result => Run(result.GetRequiredValue(paths), result.GetValue(check), output, error));
        return command;
    }

    /// <summary>Upgrades (or checks) every document under <paramref name="paths"/>.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="check">Whether only to check.</param>
    /// <param name="output">Where the listing goes.</param>
    /// <param name="error">Where unreadable files are reported.</param>
    /// <returns>0 when nothing is left to change, <see cref="WouldChange"/> under <c>--check</c> when a file would
    /// change, 2 when a file could not be read.</returns>
    public static int Run(IReadOnlyList<string> paths, bool check, TextWriter output, TextWriter error)
    {
        var unreadable = false;
        var changed = 0;
        var files = new List<string>();
        foreach (var input in LoadInputs.Expand(paths, LoadOptions.Default, CancellationToken.None))
        {
            if (input.Failure is { } failure)
            {
                error.Write($"{input.Name}: {failure.Message}\n");
                unreadable = true;
            }
            else if (input.FilePath is not null)
            {
                files.Add(input.FilePath);
            }
        }

        foreach (var file in files)
        {
            byte[] original;
            ClaimDocument document;
            try
            {
                original = File.ReadAllBytes(file);
                document = ClaimJson.Deserialize(original);
            }
            catch (Exception e) when (e is ClaimJsonException or IOException or UnauthorizedAccessException)
            {
                error.Write($"{file}: {e.Message}\n");
                unreadable = true;
                continue;
            }

            var canonical = Encoding.UTF8.GetBytes(ClaimJson.Serialize(document, indented: true));
            if (canonical.AsSpan().SequenceEqual(original))
            {
                continue;
            }

            changed++;
            var version = FormatVersionOf(original);
            var what = version == ClaimDocument.CurrentFormatVersion
                ? "not in canonical form"
                : $"formatVersion {version} -> {ClaimDocument.CurrentFormatVersion}";
            if (check)
            {
                output.Write($"{file}: would change ({what})\n");
            }
            else
            {
                File.WriteAllBytes(file, canonical);
                output.Write($"{file}: upgraded ({what})\n");
            }
        }

        output.Write($"{CorpusCounts.Plural(files.Count, "document")}, {changed} {(check ? "would change" : "changed")}\n");
        return unreadable ? ExitCodes.Unreadable : check && changed > 0 ? WouldChange : ExitCodes.Valid;
    }

    /// <summary>The root <c>formatVersion</c> of a document that has been read successfully.</summary>
    private static int FormatVersionOf(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals("formatVersion"u8);
            reader.Read();
            if (isVersion)
            {
                return reader.GetInt32();
            }

            reader.Skip();
        }

        throw new InvalidOperationException("A document that was read has a formatVersion.");
    }
}
