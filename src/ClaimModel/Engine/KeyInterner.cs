using System.Runtime.InteropServices;

namespace ClaimModel.Engine;

/// <summary>Interns strings (actor, incident, measure, unit ids) as small integers so bucket keys are
/// allocation-free value types. Not thread-safe: owned by one writer.</summary>
internal sealed class KeyInterner
{
    /// <summary>The key of "no value" (a claim without incident, a figure without subject).</summary>
    public const int None = -1;

    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);

    /// <summary>How many keys there are: every key is below it.</summary>
    public int Count => _keys.Count;

    /// <summary>Makes room for <paramref name="more"/> keys beyond those there are.</summary>
    public void EnsureCapacity(int more) => _keys.EnsureCapacity(_keys.Count + more);

    /// <summary>The key of <paramref name="text"/>, creating it on first use.</summary>
    public int Intern(string text)
    {
        // One hash lookup whether the text is new or not (a 1,000,000-long chain interns every id on it).
        ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(_keys, text, out var known);
        if (!known)
        {
            key = _keys.Count - 1;
        }

        return key;
    }

    /// <summary>The key of <paramref name="text"/> when it has one, else <see cref="None"/> (nothing is interned).</summary>
    public int Find(string text) => _keys.TryGetValue(text, out var key) ? key : None;

    /// <summary>The key of <paramref name="text"/>, or <see cref="None"/> for <see langword="null"/>.</summary>
    public int InternOptional(string? text) => text is null ? None : Intern(text);
}
