using ClaimModel.Serialization;
using ClaimModel.Validation;

namespace ClaimModel.Loading;

/// <summary>Reads ClaimModel documents from files and folders and merges them into one corpus — shared actors,
/// sources and incidents defined once and referenced from every article's file — remembering where every
/// record came from. The <c>claimmodel</c> tool reads its inputs with it.</summary>
/// <remarks>
/// <para><b>Which files.</b> A path naming a file is read as given (whatever its extension). A path naming a folder
/// is read as its files matching <see cref="LoadOptions.SearchPattern"/> (<c>*.json</c>), subfolders included unless
/// <see cref="LoadOptions.Recursive"/> is off, in ordinal order of their <c>/</c>-separated paths relative to the
/// folder, so the order — and with it the merge, whose first occurrence wins — is the same on every machine.
/// A folder's file is named by the folder as given joined with its relative path (<c>seeds/common.json</c>,
/// <c>corpus/2016/aleppo.json</c>). A file named twice (directly and through its folder, or twice) is read
/// once, at its first place. With <see cref="LoadOptions.StandardInput"/>, the path <c>-</c> reads standard input.</para>
/// <para><b>Errors.</b> Nothing about the inputs throws: a missing path, an empty folder, a file or folder that
/// cannot be read and a file that is not a valid ClaimModel document (<see cref="ClaimJson"/> reads strictly)
/// each become a <see cref="LoadFailure"/> naming the input, and the other inputs are still read and merged.
/// Only a <see langword="null"/> argument, a <see langword="null"/> path and cancellation throw.</para>
/// <para><b>Merge.</b> The documents read are merged by <see cref="ClaimDocumentMerger.Merge"/> in load order;
/// <see cref="LoadedCorpus.Validate()"/> then reports validation issues at their place in the input files.</para>
/// </remarks>
public static class ClaimDocumentLoader
{
    /// <summary>The path that names standard input when <see cref="LoadOptions.StandardInput"/> is set: <c>-</c>.</summary>
    public const string StandardInputPath = "-";

    /// <summary>The name standard input's document gets in <see cref="LoadedCorpus.Documents"/>, failures and
    /// issue paths: <c>&lt;stdin&gt;</c>.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>Reads every document named by <paramref name="paths"/> and merges them.</summary>
    /// <param name="paths">Files and folders (see the remarks of <see cref="ClaimDocumentLoader"/>).</param>
    /// <param name="options">How to find and read the files; <see cref="LoadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="progress">Told after each file, read or not (<see cref="LoadProgress"/>); may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked before each file.</param>
    /// <returns>The documents read, their merge, and the inputs that could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="paths"/> holds a <see langword="null"/> path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static LoadedCorpus Load(IEnumerable<string> paths, LoadOptions? options = null, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= LoadOptions.Default;
        var inputs = LoadInputs.Expand(paths, options, cancellationToken);
        var fileCount = 0;
        foreach (var input in inputs)
        {
            fileCount += input.Failure is null ? 1 : 0;
        }

        var documents = new List<NamedDocument>(fileCount);
        var failures = new List<LoadFailure>();
        var done = 0;
        foreach (var input in inputs)
        {
            if (input.Failure is not null)
            {
                failures.Add(input.Failure);
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var failure = Read(input, options, out var document);
            if (failure is null)
            {
                documents.Add(new NamedDocument(input.Name, document!));
            }
            else
            {
                failures.Add(failure);
            }

            progress?.Report(new LoadProgress(++done, fileCount, input.Name));
        }

        var merge = ClaimDocumentMerger.Merge(documents);
        return new LoadedCorpus(ValueList.From(documents), merge, ValueList.From(failures));
    }

    private static LoadFailure? Read(LoadInput input, LoadOptions options, out ClaimDocument? document)
    {
        document = null;
        try
        {
            using var stream = input.FilePath is null ? options.StandardInput!() : File.OpenRead(input.FilePath);
            document = ClaimJson.Deserialize(stream, options.ReadLimits);
            return null;
        }
        catch (ClaimJsonException e)
        {
            return new LoadFailure(input.Name, LoadFailureKind.InvalidJson, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadFailure(input.Name, LoadFailureKind.Unreadable, "cannot read the file: " + e.Message);
        }
    }
}
