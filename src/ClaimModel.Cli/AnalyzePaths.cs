namespace ClaimModel.Cli;

/// <summary>Expands the <c>analyze</c> command's paths: a file stays as given, a folder becomes its
/// <c>*.json</c> files (recursively), sorted ordinally so the input order — and the report — is stable.</summary>
public static class AnalyzePaths
{
    /// <summary>The files to load, or <see langword="null"/> after writing an error for a path that does not exist.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="error">Where errors go.</param>
    public static IReadOnlyList<string>? Expand(IEnumerable<string> paths, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(error);
        var files = new List<string>();
        var ok = true;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.json", SearchOption.AllDirectories);
                Array.Sort(found, StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                error.WriteLine("No such file or folder: " + path);
                ok = false;
            }
        }

        return ok ? files : null;
    }
}
