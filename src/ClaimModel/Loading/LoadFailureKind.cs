namespace ClaimModel.Loading;

/// <summary>Why <see cref="ClaimDocumentLoader"/> could not read an input (kebab-case on the wire and in the
/// command line's JSON output: <c>not-found</c>, <c>empty-folder</c>, <c>unreadable</c>, <c>invalid-json</c>).</summary>
public enum LoadFailureKind
{
    /// <summary>No file or folder has that path.</summary>
    NotFound,
    /// <summary>The folder (with its subfolders) holds no file matching <see cref="LoadOptions.SearchPattern"/>.</summary>
    EmptyFolder,
    /// <summary>The file or folder exists but could not be read (permissions, an I/O error).</summary>
    Unreadable,
    /// <summary>The file was read but is not a ClaimModel document (malformed JSON, or breaking the strict rules
    /// of the wire format); the message names the JSON path, line and position.</summary>
    InvalidJson,
}
