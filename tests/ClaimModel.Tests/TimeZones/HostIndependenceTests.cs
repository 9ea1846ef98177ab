using System.Diagnostics;
using System.Text.RegularExpressions;
using ClaimModel.Tests.Api;
using ClaimModel.Tests.Cli;

namespace ClaimModel.Tests.TimeZones;

/// <summary>Time zones come from the embedded database, never from the host: the library does not read
/// <see cref="TimeZoneInfo"/>, and the command line gives the same results with an empty zoneinfo folder.</summary>
public sealed partial class HostIndependenceTests
{
    [Fact]
    public void Database_version_is_a_tzdb_release_and_the_readme_names_it()
    {
        Assert.Matches(TzdbRelease(), TimeZoneDatabase.Version);
        Assert.Equal(NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.TzdbVersion, TimeZoneDatabase.Version);
        Assert.Contains("TZDB " + TimeZoneDatabase.Version, RepoFiles.Read("README.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Europe/Moscow", true)]
    [InlineData("America/New_York", true)]
    [InlineData("Pacific/Apia", true)]
    [InlineData("UTC", true)]
    [InlineData("US/Eastern", true)]
    [InlineData("europe/moscow", false)]
    [InlineData("Russian Standard Time", false)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public void Database_knows_iana_ids_exactly_as_spelled(string id, bool known) => Assert.Equal(known, TimeZoneDatabase.Contains(id));

    [Fact]
    public void Library_source_never_reads_the_hosts_time_zones()
    {
        var sources = Directory.EnumerateFiles(RepoFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();

        Assert.NotEmpty(sources);
        Assert.Equal([], sources.Where(path => File.ReadAllText(path).Contains("TimeZoneInfo", StringComparison.Ordinal)).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("analyze")]
    public void Command_line_gives_the_same_output_with_an_empty_zoneinfo_folder(string command)
    {
        var empty = Directory.CreateTempSubdirectory("claimmodel-empty-tz-");
        try
        {
            var child = RunCliProcess(empty.FullName, command, "seeds");
            var inProcess = SeedCorpusCliTests.RunOnSeeds(command);

            Assert.Equal((inProcess.ExitCode, string.Empty), (child.ExitCode, child.Error));
            Assert.DoesNotContain("time-zone-unknown", child.Output, StringComparison.Ordinal);
            Assert.Equal(inProcess.Output, child.Output);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    /// <summary>Runs the built command line (<c>ClaimModel.Cli.dll</c> beside the tests) in a child process in the
    /// repository root, with <c>TZDIR</c> (where .NET on Linux reads zoneinfo files) set to
    /// <paramref name="zoneInfo"/> and <c>TZ</c> unset.</summary>
    private static CliRun RunCliProcess(string zoneInfo, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = RepoFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClaimModel.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TZDIR"] = zoneInfo;
        start.Environment.Remove("TZ");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.ReplaceLineEndings("\n"), error.Result.ReplaceLineEndings("\n"));
    }

    [GeneratedRegex("^[0-9]{4}[a-z]$")]
    private static partial Regex TzdbRelease();
}
