using System.Text;

namespace ClaimModel.Engine;

/// <summary>Texts built from parts (a participant's "says" text) kept as one string per content: many claims of an
/// incident say the same thing (the 200k synthetic corpus: 27,868 distinct "says" texts for 104,408 participants), and
/// each would otherwise hold its own copy. At most <see cref="MaxKept"/> texts of at most <see cref="MaxLength"/>
/// characters are kept (longer or later ones are made each time); the strings kept are the ones the participants hold,
/// so keeping them costs only the table. Safe on any thread.</summary>
internal sealed class SharedTexts
{
    /// <summary>The most texts kept.</summary>
    public const int MaxKept = 1 << 16;

    /// <summary>The longest text kept, in characters.</summary>
    public const int MaxLength = 256;

    private readonly Lock _lock = new();
    private readonly HashSet<string> _kept = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byContent;

    /// <summary>An empty table.</summary>
    public SharedTexts() => _byContent = _kept.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text <paramref name="built"/> holds: the string kept for the same content, else a new one (kept
    /// while there is room).</summary>
    public string Of(StringBuilder built)
    {
        if (built.Length > MaxLength)
        {
            return built.ToString();
        }

        Span<char> text = stackalloc char[built.Length];
        built.CopyTo(0, text, built.Length);
        lock (_lock)
        {
            if (_byContent.TryGetValue(text, out var kept))
            {
                return kept;
            }

            var made = new string(text);
            if (_kept.Count < MaxKept)
            {
                _kept.Add(made);
            }

            return made;
        }
    }
}
