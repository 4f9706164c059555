using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Scholarly.Parsing.Model;

/// <summary>
/// An immutable array that compares by its elements, so records holding it keep value equality.
/// </summary>
/// <remarks>
/// A record holding a plain <see cref="ImmutableArray{T}"/> compares that member by reference;
/// this wrapper compares element by element with <see cref="EqualityComparer{T}.Default"/>.
/// <c>default</c> behaves as an empty array. Collection expressions (<c>[a, b]</c>) create it.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps an immutable array without copying it.</summary>
    /// <param name="items">The elements; a default array is treated as empty.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items;

    /// <summary>The number of elements.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Whether the array has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>The elements as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items.IsDefault ? ReadOnlySpan<T>.Empty : _items.AsSpan();

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/> (never a default one).</summary>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Copies an array.</summary>
    /// <param name="items">The elements; <see langword="null"/> gives an empty array.</param>
    public static implicit operator EquatableArray<T>(T[]? items) =>
        items is null ? default : new(ImmutableArray.Create(items));

    /// <summary>Compares element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
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

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Lists the elements, for debugging.</summary>
    public override string ToString() => "[" + string.Join(", ", AsImmutableArray()) + "]";

    /// <summary>Returns a struct enumerator over the elements.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();
}
