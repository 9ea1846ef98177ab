using ClaimModel.Serialization;
using ClaimModel.Validation;

namespace ClaimModel.Cli;

/// <summary>Expands the command line's files and folders into JSON documents, reads them strictly and merges
/// them into one corpus (shared actors, sources and incidents defined once, referenced from every file).</summary>
internal static class DocumentLoader
{
    /// <summary>Reads every document named by <paramref name="paths"/>: a file as given, a folder as its
    /// <c>*.json</c> files (top level, ordinal order). Unreadable inputs are collected, not thrown.</summary>
    public static LoadedCorpus Load(IEnumerable<string> paths)
    {
        var documents = new List<NamedDocument>();
        var failures = new List<string>();
        foreach (var file in Expand(paths, failures))
        {
            try
            {
                using var stream = File.OpenRead(file);
                documents.Add(new NamedDocument(file, ClaimJson.Deserialize(stream)));
            }
            catch (ClaimJsonException e)
            {
                failures.Add($"{file}: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add($"{file}: cannot read the file: {e.Message}");
            }
        }

        var merge = ClaimDocumentMerger.Merge(documents);
        return new LoadedCorpus(documents, merge, failures);
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths, List<string> failures)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // Names as the user wrote the folder ("seeds/common.json"), in ordinal order.
                var files = Directory.GetFiles(path, "*.json", SearchOption.TopDirectoryOnly)
                    .Select(f => Path.Join(path, Path.GetFileName(f)).Replace('\\', '/'))
                    .ToArray();
                Array.Sort(files, StringComparer.Ordinal);
                if (files.Length == 0)
                {
                    failures.Add($"{path}: the folder holds no *.json documents");
                }

                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                failures.Add($"{path}: no such file or folder");
            }
        }
    }
}
