using System.Globalization;
using System.Text;

namespace ClaimModel.Benchmarks.SqlPeer;

/// <summary>The difference between two finding multisets (a finding reported twice counts twice).</summary>
/// <param name="OnlyExpected">The findings only the expected side reports (as often as they are missing).</param>
/// <param name="OnlyActual">The findings only the actual side reports.</param>
public sealed record FindingSetDiff(IReadOnlyList<PeerFinding> OnlyExpected, IReadOnlyList<PeerFinding> OnlyActual)
{
    /// <summary>Whether both sides report the same findings as often.</summary>
    public bool IsEmpty => OnlyExpected.Count == 0 && OnlyActual.Count == 0;

    /// <summary>Compares two multisets.</summary>
    /// <param name="expected">The expected findings (the engine's).</param>
    /// <param name="actual">The actual findings (the peer's).</param>
    public static FindingSetDiff Compare(IEnumerable<PeerFinding> expected, IEnumerable<PeerFinding> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var counts = new Dictionary<PeerFinding, int>();
        foreach (var finding in expected)
        {
            counts[finding] = counts.GetValueOrDefault(finding) + 1;
        }

        var onlyActual = new List<PeerFinding>();
        foreach (var finding in actual)
        {
            var left = counts.GetValueOrDefault(finding);
            if (left == 0)
            {
                onlyActual.Add(finding);
            }
            else
            {
                counts[finding] = left - 1;
            }
        }

        var onlyExpected = counts.Where(p => p.Value > 0).SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).ToList();
        return new FindingSetDiff(Sorted(onlyExpected), Sorted(onlyActual));
    }

    /// <summary>The difference as text: counts by kind, then up to <paramref name="limit"/> findings of each side.</summary>
    /// <param name="expectedName">What the expected side is called.</param>
    /// <param name="actualName">What the actual side is called.</param>
    /// <param name="limit">The most findings listed per side.</param>
    public string Describe(string expectedName, string actualName, int limit = 20)
    {
        var text = new StringBuilder();
        Append(text, $"only in {expectedName}", OnlyExpected, limit);
        Append(text, $"only in {actualName}", OnlyActual, limit);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string title, IReadOnlyList<PeerFinding> findings, int limit)
    {
        var byKind = string.Join(", ", findings.CountBy(f => f.Kind).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}")));
        text.Append(CultureInfo.InvariantCulture, $"{title}: {findings.Count} ({byKind})").Append('\n');
        foreach (var finding in findings.Take(limit))
        {
            text.Append("  ").Append(finding.ToString()).Append('\n');
        }
    }

    private static List<PeerFinding> Sorted(List<PeerFinding> findings) =>
        [.. findings.OrderBy(f => f.Incident, StringComparer.Ordinal).ThenBy(f => f.Kind).ThenBy(f => f.First.ToString(), StringComparer.Ordinal).ThenBy(f => f.Second.ToString(), StringComparer.Ordinal)];
}
