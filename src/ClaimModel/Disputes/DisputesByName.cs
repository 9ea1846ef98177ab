using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClaimModel.Disputes;

/// <summary>The disputes each name (a claim id, a claimant's actor id) takes part in, by the number the tracker gave
/// each dispute, for finding the disputes a change touches without a walk over all of them
/// (<see cref="DisputeTracker"/>). A name in one dispute — most claims — costs one dictionary entry; a name in several
/// gets a set of numbers (4 bytes a dispute, hashed as an int, not as the dispute's key strings). Add and remove are
/// O(1), one lookup of the name each.</summary>
internal sealed class DisputesByName
{
    private readonly Dictionary<string, Numbers> _names = new(StringComparer.Ordinal);

    /// <summary>Notes that <paramref name="name"/> takes part in dispute <paramref name="number"/> (again: nothing
    /// changes).</summary>
    public void Add(string name, int number)
    {
        ref var numbers = ref CollectionsMarshal.GetValueRefOrAddDefault(_names, name, out var exists);
        if (!exists)
        {
            numbers = new Numbers(number, null);
        }
        else if (numbers.Many is { } many)
        {
            many.Add(number);
        }
        else if (numbers.One != number)
        {
            numbers = new Numbers(0, [numbers.One, number]);
        }
    }

    /// <summary>Notes that <paramref name="name"/> no longer takes part in dispute <paramref name="number"/>.</summary>
    public void Remove(string name, int number)
    {
        ref var numbers = ref CollectionsMarshal.GetValueRefOrNullRef(_names, name);
        if (Unsafe.IsNullRef(ref numbers))
        {
            return;
        }

        if (numbers.Many is { } many ? many.Remove(number) && many.Count == 0 : numbers.One == number)
        {
            _names.Remove(name);
        }
    }

    /// <summary>Adds the numbers of the disputes <paramref name="name"/> takes part in to <paramref name="numbers"/>.</summary>
    public void CopyTo(string name, HashSet<int> numbers)
    {
        if (!_names.TryGetValue(name, out var held))
        {
            return;
        }

        if (held.Many is { } many)
        {
            numbers.UnionWith(many);
        }
        else
        {
            numbers.Add(held.One);
        }
    }

    /// <summary>Forgets every name.</summary>
    public void Clear() => _names.Clear();

    /// <summary>The disputes of one name: <see cref="One"/> while it is in one, else the set <see cref="Many"/>.</summary>
    private readonly record struct Numbers(int One, HashSet<int>? Many);
}
