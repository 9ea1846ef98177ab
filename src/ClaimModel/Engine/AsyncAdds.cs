using System.Runtime.CompilerServices;

namespace ClaimModel.Engine;

/// <summary>The one loop behind the async adds of <see cref="ContradictionIndex"/> and
/// <see cref="SynchronizedContradictionIndex"/>: each record of a stream added as it arrives, its new findings yielded.</summary>
internal static class AsyncAdds
{
    /// <summary>Adds each of <paramref name="records"/> with <paramref name="add"/> and yields the findings it returns;
    /// cancellation is checked between records.</summary>
    public static async IAsyncEnumerable<Finding> Each<T>(IAsyncEnumerable<T> records, Func<T, IReadOnlyList<Finding>> add, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var finding in add(record))
            {
                yield return finding;
            }
        }
    }
}
