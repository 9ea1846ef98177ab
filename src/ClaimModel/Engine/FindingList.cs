using System.Collections;
using System.Runtime.CompilerServices;

namespace ClaimModel.Engine;

/// <summary>The findings of a <see cref="ContradictionReport"/>, in report order: an immutable list with value
/// equality (element by element, in order), like <see cref="ValueList{T}"/>.</summary>
/// <remarks>
/// <para>A report of the engine keeps each finding in a compact form and makes the <see cref="Finding"/> (its
/// participants, origins and explanation) the first time it is read, then hands out that same instance: an analysis of
/// a million claims finds hundreds of thousands of contradictions, and one that only counts them, sorts them or
/// summarises them in disputes never builds them. Reading is thread-safe: two threads reading one finding get the same
/// instance.</para>
/// <para>Create one with a collection expression (<c>Findings = [finding]</c>), <see cref="Create"/>, <see cref="From"/>
/// or the implicit conversion from a <see cref="ValueList{T}"/> of findings. An empty list and <see cref="Empty"/> are
/// equal.</para>
/// </remarks>
[CollectionBuilder(typeof(FindingList), nameof(Create))]
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<FindingList>))]
public sealed record FindingList : IReadOnlyList<Finding>
{
    /// <summary>The index's findings (<see cref="CompactFindingChunks"/>; <see langword="null"/> for a list of findings
    /// made elsewhere), shared with the index, which never writes the positions the list reads.</summary>
    private readonly CompactFinding[][]? _chunks;

    /// <summary>The position in <see cref="_chunks"/> of each finding, in report order.</summary>
    private readonly int[]? _order;

    /// <summary>The figure policy and origin lists the findings are made with (with compact findings).</summary>
    private readonly FindingContext? _context;

    /// <summary>The findings made so far (every one for a list of findings made elsewhere); allocated on the first read.</summary>
    private Finding?[]? _made;

    /// <summary>The ids computed without making the finding (<see cref="IdAt"/>); allocated on the first such id.</summary>
    private string?[]? _ids;

    private FindingList(Finding[] findings) => _made = findings;

    /// <summary>The engine's findings, made when read.</summary>
    /// <param name="chunks">The index's compact findings.</param>
    /// <param name="order">The positions of the list's findings in <paramref name="chunks"/>, in report order (the list
    /// takes the array).</param>
    /// <param name="context">The figure policy they were found under and the origin lists of the index's findings.</param>
    /// <param name="made">The findings already made, by list position (the list takes the array), if any.</param>
    internal FindingList(CompactFinding[][] chunks, int[] order, FindingContext context, Finding?[]? made = null)
    {
        _chunks = chunks;
        _order = order;
        _context = context;
        _made = made;
    }

    /// <summary>An empty list.</summary>
    public static FindingList Empty { get; } = new(Array.Empty<Finding>());

    /// <summary>The number of findings.</summary>
    public int Count => _order?.Length ?? _made!.Length;

    /// <summary>Whether the list has no findings.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The finding at <paramref name="index"/>, made the first time it is read (then always the same instance).</summary>
    /// <param name="index">A zero-based position.</param>
    public Finding this[int index]
    {
        get
        {
            if (_chunks is null)
            {
                return _made![index]!;
            }

            ref readonly var compact = ref Compact(index);
            var made = Made();
            var finding = Volatile.Read(ref made[index]);
            if (finding is not null)
            {
                return finding;
            }

            finding = Make(compact, index);
            return Interlocked.CompareExchange(ref made[index], finding, null) ?? finding;
        }
    }

    /// <summary>Creates a list holding a copy of <paramref name="findings"/> (used by collection expressions).</summary>
    /// <param name="findings">The findings, in report order.</param>
    public static FindingList Create(ReadOnlySpan<Finding> findings) => findings.IsEmpty ? Empty : new FindingList(findings.ToArray());

    /// <summary>Creates a list from a sequence.</summary>
    /// <param name="findings">The findings, in report order.</param>
    public static FindingList From(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var array = findings.ToArray();
        return array.Length == 0 ? Empty : new FindingList(array);
    }

    /// <summary>Copies a <see cref="ValueList{T}"/> of findings into a new list.</summary>
    /// <param name="findings">The findings, in report order.</param>
    public static implicit operator FindingList(ValueList<Finding> findings) => Create(findings.AsSpan());

    /// <summary>The findings as a <see cref="ValueList{T}"/> (each one read). O(findings).</summary>
    public ValueList<Finding> ToValueList()
    {
        var findings = new Finding[Count];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = this[i];
        }

        return new ValueList<Finding>(findings);
    }

    /// <summary>Returns an enumerator over the findings (each made when first read).</summary>
    public IEnumerator<Finding> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The finding at <paramref name="index"/> without keeping it when it was not read yet: the one already
    /// made, else a new one (for writers that read each finding once).</summary>
    internal Finding ReadOnce(int index)
    {
        if (_chunks is null)
        {
            return _made![index]!;
        }

        return (_made is { } made ? Volatile.Read(ref made[index]) : null) ?? Make(Compact(index), index);
    }

    /// <summary>Every finding in compact form, in order, none made.</summary>
    internal IEnumerable<CompactFinding> Compacts()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return CompactAt(i);
        }
    }

    /// <summary>The findings whose compact form <paramref name="keep"/> accepts, in order, as a new list (none made that
    /// was not made yet).</summary>
    internal FindingList Where(Func<CompactFinding, bool> keep)
    {
        if (_chunks is null)
        {
            return From(_made!.Where(f => keep(f!.Compact))!);
        }

        var kept = new List<int>();
        var made = new List<Finding?>();
        for (var i = 0; i < _order!.Length; i++)
        {
            if (keep(Compact(i)))
            {
                kept.Add(_order[i]);
                made.Add(_made is { } already ? Volatile.Read(ref already[i]) : null);
            }
        }

        return new FindingList(_chunks, [.. kept], _context!, made.Any(f => f is not null) ? [.. made] : null);
    }

    /// <summary>The finding at <paramref name="index"/> in compact form, without making it.</summary>
    internal CompactFinding CompactAt(int index) => _chunks is null ? _made![index]!.Compact : Compact(index);

    /// <summary>The id of the finding at <paramref name="index"/>, without making it (kept, and given to the finding
    /// when it is made).</summary>
    internal string IdAt(int index)
    {
        if (_chunks is null)
        {
            return _made![index]!.Id;
        }

        if (_made is { } made && Volatile.Read(ref made[index]) is { } finding)
        {
            return finding.Id;
        }

        var ids = _ids ?? Interlocked.CompareExchange(ref _ids, new string?[Count], null) ?? _ids!;
        var id = Volatile.Read(ref ids[index]);
        if (id is null)
        {
            ref readonly var compact = ref Compact(index);
            id = compact.Made?.Id ?? StableId.Of(compact);
            Volatile.Write(ref ids[index], id);
        }

        return id;
    }

    /// <summary>Element-by-element equality, in order (reads the findings without keeping those not read yet).</summary>
    /// <param name="other">The list to compare with.</param>
    public bool Equals(FindingList? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        if (_chunks is not null && ReferenceEquals(_chunks, other._chunks) && ReferenceEquals(_order, other._order))
        {
            return true;
        }

        for (var i = 0; i < Count; i++)
        {
            if (!ReadOnce(i).Equals(other.ReadOnce(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash code combining every finding's hash code, in order.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < Count; i++)
        {
            hash.Add(ReadOnce(i));
        }

        return hash.ToHashCode();
    }

    /// <summary>A short description, e.g. <c>[3 items]</c>, so records print readably.</summary>
    public override string ToString() => $"[{Count} items]";

    private Finding?[] Made() => _made ?? Interlocked.CompareExchange(ref _made, new Finding?[Count], null) ?? _made!;

    private ref readonly CompactFinding Compact(int index) => ref CompactFindingChunks.At(_chunks!, _order![index]);

    private Finding Make(in CompactFinding compact, int index)
    {
        var finding = compact.ToFinding(_context!);
        if (_ids is { } ids && Volatile.Read(ref ids[index]) is { } id)
        {
            finding.TakeId(id);
        }

        return finding;
    }
}
