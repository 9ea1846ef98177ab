using ClaimModel.Validation;

namespace ClaimModel.Cli;

/// <summary>What <see cref="DocumentLoader"/> read: each document by name, their merge, and the inputs that
/// could not be read (each a message naming the file and, for JSON errors, the path, line and position).</summary>
internal sealed record LoadedCorpus(IReadOnlyList<NamedDocument> Documents, MergeOutcome Merge, IReadOnlyList<string> Failures)
{
    /// <summary>Whether every input was read.</summary>
    public bool IsReadable => Failures.Count == 0;
}
