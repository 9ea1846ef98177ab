namespace ClaimModel.Validation;

/// <summary>A document with the name it is known by (usually its file path, <c>seeds/common.json</c>), as input to
/// <see cref="ClaimDocumentMerger.Merge"/>; the name appears in merge issues.</summary>
/// <remarks>Value equality (the document compares by value).</remarks>
/// <param name="Name">The document's name, used in issue paths.</param>
/// <param name="Document">The document.</param>
public sealed record NamedDocument(string Name, ClaimDocument Document);
