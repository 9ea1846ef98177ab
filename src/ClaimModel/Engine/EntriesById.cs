using System.Diagnostics.CodeAnalysis;

namespace ClaimModel.Engine;

/// <summary>The index's claims (or denials) by id: a set of the entries themselves, looked up by id string, so a
/// slot holds one reference and no copy of the key (16 bytes a slot, against 24 for a dictionary from id to entry).
/// Ids are hashed with the process's randomized string hash, so crafted ids cannot pile into one chain.</summary>
/// <typeparam name="TEntry">Claim or denial entries.</typeparam>
internal sealed class EntriesById<TEntry>
    where TEntry : Entry
{
    private readonly HashSet<TEntry> _entries = new(ById.Instance);
    private readonly HashSet<TEntry>.AlternateLookup<string> _byId;

    /// <summary>An empty set.</summary>
    public EntriesById() => _byId = _entries.GetAlternateLookup<string>();

    /// <summary>How many entries.</summary>
    public int Count => _entries.Count;

    /// <summary>The entries, in the order they were added (a removed entry's slot is taken by the next one added, as in a
    /// dictionary).</summary>
    public IReadOnlyCollection<TEntry> Values => _entries;

    /// <summary>Makes room for <paramref name="capacity"/> entries in all.</summary>
    public void EnsureCapacity(int capacity) => _entries.EnsureCapacity(capacity);

    /// <summary>Whether an entry has id <paramref name="id"/>.</summary>
    public bool Contains(string id) => _byId.Contains(id);

    /// <summary>The entry of id <paramref name="id"/>, if any.</summary>
    public bool TryGetValue(string id, [MaybeNullWhen(false)] out TEntry entry) => _byId.TryGetValue(id, out entry);

    /// <summary>Adds <paramref name="entry"/>, whose id no entry has (<see cref="Contains"/>).</summary>
    public void Add(TEntry entry)
    {
        if (!TryAdd(entry))
        {
            throw new InvalidOperationException($"an entry of id '{entry.Id}' is already in the index");
        }
    }

    /// <summary>Adds <paramref name="entry"/> unless an entry has its id (then the set is left as it was); whether it was
    /// added. One hash of the id, where <see cref="Contains"/> then <see cref="Add"/> take two.</summary>
    public bool TryAdd(TEntry entry) => _entries.Add(entry);

    /// <summary>Removes the entry of id <paramref name="id"/> and hands it out, if any.</summary>
    public bool Remove(string id, [MaybeNullWhen(false)] out TEntry entry) => _byId.TryGetValue(id, out entry) && _entries.Remove(entry);

    /// <summary>Entries equal by id (ordinal), looked up by id.</summary>
    private sealed class ById : IEqualityComparer<TEntry>, IAlternateEqualityComparer<string, TEntry>
    {
        public static readonly ById Instance = new();

        public bool Equals(TEntry? x, TEntry? y) => ReferenceEquals(x, y) || (x is not null && y is not null && string.Equals(x.Id, y.Id, StringComparison.Ordinal));

        public int GetHashCode(TEntry obj) => obj.Id.GetHashCode(StringComparison.Ordinal);

        public bool Equals(string alternate, TEntry other) => string.Equals(alternate, other.Id, StringComparison.Ordinal);

        public int GetHashCode(string alternate) => alternate.GetHashCode(StringComparison.Ordinal);

        public TEntry Create(string alternate) => throw new NotSupportedException("entries are added whole");
    }
}
