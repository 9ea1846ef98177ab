namespace ClaimModel.Loading;

/// <summary>How far <see cref="ClaimDocumentLoader.Load(IEnumerable{string}, LoadOptions?, IProgress{LoadProgress}?, CancellationToken)"/>
/// has got: reported once after each input file (read or not).</summary>
/// <remarks>Value equality over every member.</remarks>
/// <param name="FilesDone">The files handled so far (read or failed).</param>
/// <param name="FileCount">The files found in all inputs.</param>
/// <param name="LastFile">The name of the file just handled.</param>
public sealed record LoadProgress(int FilesDone, int FileCount, string LastFile);
