using System.Collections;
using System.Runtime.CompilerServices;

namespace ClaimModel;

/// <summary>
/// An immutable, ordered list with structural (element-by-element) equality: the one collection type
/// every ClaimModel record uses, so that records with collection members keep value equality.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// Two lists are equal when they have the same length and their elements are pairwise equal, in order,
/// according to <see cref="EqualityComparer{T}.Default"/>. The hash code is consistent with that.
/// <see langword="default"/> and an empty list are equal. Create one with a collection expression
/// (<c>ValueList&lt;string&gt; aliases = ["Pentagon"];</c>), <see cref="ValueList.Create{T}(ReadOnlySpan{T})"/>
/// or the implicit conversion from an array (the array is copied).
/// </remarks>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[]? _items;

    internal ValueList(T[] items) => _items = items;

    /// <summary>An empty list.</summary>
    public static ValueList<T> Empty => default;

    /// <summary>Whether the list holds no array at all (<see langword="default"/>, as <see cref="Empty"/>), as against an
    /// empty array: the engine leaves a member it builds on the first read unset this way.</summary>
    internal bool IsDefault => _items is null;

    /// <summary>The number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether the list has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based position.</param>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>The elements as a read-only span (no copy).</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Returns a new list with <paramref name="item"/> appended.</summary>
    /// <param name="item">The element to append.</param>
    public ValueList<T> Add(T item)
    {
        var items = new T[Count + 1];
        AsSpan().CopyTo(items);
        items[^1] = item;
        return new ValueList<T>(items);
    }

    /// <summary>Returns an enumerator over the elements (allocation-free in a <c>foreach</c>).</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <summary>Element-by-element equality, in order.</summary>
    /// <param name="other">The list to compare with.</param>
    public bool Equals(ValueList<T> other)
    {
        var a = AsSpan();
        var b = other.AsSpan();
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <summary>A hash code combining every element's hash code, in order.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>A short description, e.g. <c>[3 items]</c>, so records print readably.</summary>
    public override string ToString() => $"[{Count} items]";

    /// <summary>Structural equality.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <summary>Copies an array into a new list.</summary>
    /// <param name="items">The elements; <see langword="null"/> gives an empty list.</param>
    public static implicit operator ValueList<T>(T[]? items) => items is null ? default : new ValueList<T>((T[])items.Clone());
}

/// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/> (used by collection expressions).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? default : new ValueList<T>(items.ToArray());

    /// <summary>Creates a list from a sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    public static ValueList<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = items.ToArray();
        return array.Length == 0 ? default : new ValueList<T>(array);
    }
}
