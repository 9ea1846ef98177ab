namespace ClaimModel.Loading;

/// <summary>Expands the paths given to <see cref="ClaimDocumentLoader"/> into the files to read, in load order,
/// with the inputs that failed already (missing, empty or unreadable folders) at their places.</summary>
internal static class LoadInputs
{
    /// <summary>The files of <paramref name="paths"/> in load order, each file once (first place wins).</summary>
    public static List<LoadInput> Expand(IEnumerable<string> paths, LoadOptions options, CancellationToken cancellationToken)
    {
        var inputs = new List<LoadInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path is null)
            {
                throw new ArgumentException("A path is null.", nameof(paths));
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (options.StandardInput is not null && path == ClaimDocumentLoader.StandardInputPath)
            {
                if (seen.Add(ClaimDocumentLoader.StandardInputPath))
                {
                    inputs.Add(new LoadInput(ClaimDocumentLoader.StandardInputName, null, null));
                }
            }
            else if (Directory.Exists(path))
            {
                AddFolder(path, options, inputs, seen, cancellationToken);
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    inputs.Add(new LoadInput(path, path, null));
                }
            }
            else
            {
                inputs.Add(Failed(path, LoadFailureKind.NotFound, "no such file or folder"));
            }
        }

        return inputs;
    }

    private static void AddFolder(string folder, LoadOptions options, List<LoadInput> inputs, HashSet<string> seen, CancellationToken cancellationToken)
    {
        // Relative paths use '/', so the ordinal order is the same on every operating system.
        var found = new List<(string Relative, LoadInput Input)>();
        var pending = new Stack<(string Directory, string Relative)>();
        pending.Push((folder, string.Empty));
        var enumeration = new EnumerationOptions
        {
            MatchType = MatchType.Simple,
            MatchCasing = MatchCasing.CaseInsensitive,
            IgnoreInaccessible = false,
            RecurseSubdirectories = false,
        };
        var files = 0;
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (directory, relative) = pending.Pop();
            try
            {
                foreach (var file in Directory.EnumerateFiles(directory, options.SearchPattern, enumeration))
                {
                    var name = relative + Path.GetFileName(file);
                    found.Add((name, new LoadInput(NameIn(folder, name), file, null)));
                    files++;
                }

                if (options.Recursive)
                {
                    foreach (var sub in Directory.EnumerateDirectories(directory, "*", enumeration))
                    {
                        if (new DirectoryInfo(sub).LinkTarget is null)
                        {
                            pending.Push((sub, relative + Path.GetFileName(sub) + "/"));
                        }
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var name = relative.Length == 0 ? folder : NameIn(folder, relative.TrimEnd('/'));
                found.Add((relative, Failed(name, LoadFailureKind.Unreadable, "cannot read the folder: " + e.Message)));
            }
        }

        if (files == 0 && found.Count == 0)
        {
            var where = options.Recursive ? "the folder and its subfolders hold" : "the folder holds";
            inputs.Add(Failed(folder, LoadFailureKind.EmptyFolder, where + " no " + options.SearchPattern + " documents"));
            return;
        }

        found.Sort(static (a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        foreach (var (_, input) in found)
        {
            if (input.FilePath is null || seen.Add(Path.GetFullPath(input.FilePath)))
            {
                inputs.Add(input);
            }
        }
    }

    /// <summary>The folder as the user wrote it joined with a relative path (<c>seeds/common.json</c>).</summary>
    private static string NameIn(string folder, string relative)
    {
        var name = Path.Join(folder, relative);
        return Path.DirectorySeparatorChar == '\\' ? name.Replace('\\', '/') : name;
    }

    private static LoadInput Failed(string name, LoadFailureKind kind, string message) =>
        new(name, null, new LoadFailure(name, kind, message));
}
