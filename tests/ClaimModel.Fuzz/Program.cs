using System.Globalization;
using ClaimModel.Fuzz;
using SharpFuzz;

// Entry points:
//   (no arguments)         AFL++ target, out of process (SharpFuzz restarts the child after a crash): afl-fuzz … -- dotnet ClaimModel.Fuzz.dll
//   --in-process           AFL++ target in this process (faster; a stack overflow ends the fuzzer's run)
//   --libfuzzer            libFuzzer target (libfuzzer-dotnet driver)
//   --replay <path>…       every file (folders: every file in them, recursively) through the harness without AFL
//                          (with a build whose ClaimModel.dll is not instrumented: instrumented code needs afl-fuzz);
//                          exit 1 when any input breaks the contract (crashes/ of a campaign, the seed corpus)
if (args.Length == 0)
{
    Fuzzer.OutOfProcess.Run(stream => FuzzHarness.Run(ReadAll(stream)));
    return 0;
}

switch (args[0])
{
    case "--in-process":
        Fuzzer.Run(stream => FuzzHarness.Run(ReadAll(stream)));
        return 0;
    case "--libfuzzer":
        Fuzzer.LibFuzzer.Run(span => FuzzHarness.Run(span));
        return 0;
    case "--replay" when args.Length > 1:
        return Replay(args.Skip(1));
    default:
        Console.Error.WriteLine("usage: ClaimModel.Fuzz [--in-process | --libfuzzer | --replay <file or folder>…]");
        return 2;
}

static byte[] ReadAll(Stream stream)
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    return buffer.ToArray();
}

static int Replay(IEnumerable<string> paths)
{
    var files = paths
        .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
        .Where(f => !Path.GetFileName(f).Equals("README.txt", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();
    var counts = new Dictionary<FuzzOutcome, int>();
    var broken = 0;
    foreach (var file in files)
    {
        try
        {
            var outcome = FuzzHarness.Run(File.ReadAllBytes(file));
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        }
#pragma warning disable CA1031 // Replay reports every input that breaks the contract, then fails.
        catch (Exception e)
#pragma warning restore CA1031
        {
            broken++;
            Console.Error.WriteLine($"CRASH {file}: {e}");
        }
    }

    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{files.Count} inputs: {counts.GetValueOrDefault(FuzzOutcome.Analysed)} analysed, {counts.GetValueOrDefault(FuzzOutcome.Invalid)} invalid, {counts.GetValueOrDefault(FuzzOutcome.Unreadable)} unreadable, {broken} broke the contract"));
    return broken == 0 && files.Count > 0 ? 0 : 1;
}
