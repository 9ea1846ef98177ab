using System.Reflection;

namespace ClaimModel.Tests.Support;

/// <summary>The one check of value semantics for every ClaimModel type (after NodaTime's TestHelper):
/// <see cref="IEquatable{T}.Equals(T)"/>, <see cref="object.Equals(object)"/>, <c>==</c>, <c>!=</c> and
/// <see cref="object.GetHashCode"/> must agree, be reflexive and symmetric, and handle <c>null</c>.</summary>
public static class EqualityAssert
{
    /// <summary>Asserts that <paramref name="value"/> equals <paramref name="equalCopy"/> (a separately built
    /// instance, not the same reference) in every way, and differs from each of <paramref name="different"/>.</summary>
    public static void ValueSemantics<T>(T value, T equalCopy, params T[] different)
        where T : IEquatable<T>
    {
        Assert.NotNull(value);
        Assert.NotNull(equalCopy);
        Assert.NotEmpty(different);
        if (!typeof(T).IsValueType)
        {
            Assert.False(ReferenceEquals(value, equalCopy), "equalCopy must be a separately built instance.");
        }

        var equal = Operator<T>("op_Equality");
        var notEqual = Operator<T>("op_Inequality");

        Assert.True(value.Equals(value), "Equals is not reflexive.");
        Assert.True(value.Equals(equalCopy), "Equals(T) is false for an equal copy.");
        Assert.True(equalCopy.Equals(value), "Equals(T) is not symmetric.");
        Assert.True(value.Equals((object)equalCopy), "Equals(object) is false for an equal copy.");
        Assert.True(equal(value, equalCopy), "== is false for an equal copy.");
        Assert.False(notEqual(value, equalCopy), "!= is true for an equal copy.");
        Assert.Equal(value.GetHashCode(), equalCopy.GetHashCode());

        Assert.False(value.Equals((object?)null), "Equals(object) is true for null.");
        Assert.False(value.Equals(new object()), "Equals(object) is true for another type.");
        if (!typeof(T).IsValueType)
        {
            Assert.False(value.Equals(default(T)), "Equals(T) is true for null.");
            Assert.False(equal(value, default!), "== is true against null.");
            Assert.True(notEqual(default!, value), "!= is false against null.");
        }

        foreach (var other in different)
        {
            Assert.False(value.Equals(other), $"Equals(T) is true for a different value: {other}");
            Assert.False(other.Equals(value), $"Equals(T) is not symmetric for: {other}");
            Assert.False(value.Equals((object?)other), $"Equals(object) is true for a different value: {other}");
            Assert.False(equal(value, other), $"== is true for a different value: {other}");
            Assert.True(notEqual(value, other), $"!= is false for a different value: {other}");
        }
    }

    private static Func<T, T, bool> Operator<T>(string name)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);
        Assert.True(method is not null, $"{typeof(T).Name} has no {name} operator.");
        return (a, b) => (bool)method.Invoke(null, [a, b])!;
    }
}
