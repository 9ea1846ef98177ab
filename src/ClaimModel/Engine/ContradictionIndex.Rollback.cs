namespace ClaimModel.Engine;

/// <summary>Undoing an add that threw, so that <see cref="AddClaim"/> and <see cref="AddDenial"/> leave the index as
/// it was and the same add can be retried.</summary>
/// <remarks>An add only appends: its entries (a claim's statements and, for several, the claim itself) to the claim
/// or denial table, to the end of bucket and pending lists, findings, consistent comparisons and compared figures to
/// the ends of their arrays, the claims it revises to the history, and its pairs to the sets of reported pairs; a
/// claim also takes the denials that were waiting for its id. Undoing removes exactly that. It walks every
/// bucket (O(index size)), which is paid only when an add fails. Caches that an add may fill — interned keys,
/// actor nodes, resolved times, participants of other entries, origins — depend only on the records, so they
/// stay. A state added to the index must be undone here too.</remarks>
public sealed partial class ContradictionIndex
{
    /// <summary>The sizes of what an add appends to, taken before it starts.</summary>
    private readonly record struct AddMark(
        int Claims, int Denials, int Findings, int Consistent, int New, int Figures, int Revisions, int ClaimEntries, long FindingsDropped, long ConsistentDropped, long Comparisons, long ComparisonsSkipped);

    private AddMark Mark() =>
        new(_claims.Count, _denials.Count, _findingCount, _consistentCount, _new.Count, _figureCount, _publishedRevisions.Length, _claimEntries, _findingsDropped, _consistentDropped, _comparisons, _comparisonsSkipped);

    private void UndoClaim(AddMark mark, string? id)
    {
        if (id is not null && _claims.Count > mark.Claims && _claims.Remove(id, out var whole))
        {
            foreach (var entry in whole.Statements.Append(whole).Distinct())
            {
                _claimBuckets.RemoveTrailing(e => ReferenceEquals(e, entry));
                RemoveTrailing(_responsibility, entry);
                RemoveTrailing(_occurrences, entry);
                RemoveTrailing(_figureBuckets, entry);
                RemoveTrailing(_targets, entry);
                _deniedPairs.RemoveWhere(pair => (int)(uint)pair == entry.Ordinal);
                _presencePairs.RemoveWhere(pair => (int)(uint)pair == entry.Ordinal || (int)(pair >> 32) == entry.Ordinal);
            }

            // The incidents whose statement buckets the add created and the removal emptied.
            foreach (var (key, incidents) in _statementIncidents)
            {
                incidents.RemoveAll(incident => !_claimBuckets.ContainsKey(key with { Incident = incident }));
            }

            // The denials that named this claim before it came wait for it again, in the order they were added.
            if (!_pendingDenials.ContainsKey(id))
            {
                foreach (var denial in _denials.Values)
                {
                    foreach (var (claim, position) in denial.Named)
                    {
                        if (string.Equals(claim, id, StringComparison.Ordinal))
                        {
                            Bucket(_pendingDenials, id).Add((denial, position));
                        }
                    }
                }
            }
        }

        for (var i = mark.Revisions; i < _publishedRevisions.Length; i++)
        {
            _revisions.Remove(_publishedRevisions[i].Claim);
        }

        _publishedRevisions = _publishedRevisions[..mark.Revisions];
        _claimEntries = mark.ClaimEntries;
        UndoOutputs(mark);
    }

    private void UndoDenial(AddMark mark, string? id)
    {
        if (id is not null && _denials.Count > mark.Denials && _denials.Remove(id, out var entry))
        {
            _denialBuckets.RemoveTrailing(e => ReferenceEquals(e, entry));
            RemoveTrailing(_pendingDenials, e => ReferenceEquals(e.Denial, entry));
            _deniedPairs.RemoveWhere(pair => (int)(pair >> 32) == entry.Ordinal);
        }

        UndoOutputs(mark);
    }

    private void UndoOutputs(AddMark mark)
    {
        CompactFindingChunks.Clear(_findings, mark.Findings, _findingCount);
        _findingCount = mark.Findings;
        Array.Clear(_consistent, mark.Consistent, _consistentCount - mark.Consistent);
        _consistentCount = mark.Consistent;
        _new.RemoveRange(mark.New, _new.Count - mark.New);
        Array.Clear(_figures, mark.Figures, _figureCount - mark.Figures);
        _figureCount = mark.Figures;
        (_findingsDropped, _consistentDropped, _comparisons, _comparisonsSkipped) = (mark.FindingsDropped, mark.ConsistentDropped, mark.Comparisons, mark.ComparisonsSkipped);
    }

    /// <summary>Removes <paramref name="entry"/> where the add put it last in a group of answers, and the buckets it
    /// leaves empty.</summary>
    private static void RemoveTrailing<TRule>(BucketKeyTable<AnswerBucket<TRule>> buckets, ClaimEntry entry)
        where TRule : IAnswerRule
    {
        List<BucketKey>? emptied = null;
        for (var index = 0; index < buckets.End; index++)
        {
            if (buckets.IsUsed(index) && buckets.ValueAt(index).RemoveLast(entry))
            {
                (emptied ??= []).Add(buckets.KeyAt(index));
            }
        }

        foreach (var key in emptied ?? [])
        {
            buckets.Remove(key);
        }
    }

    /// <summary>Removes the entries the add put at the end of every list (those <paramref name="added"/> says), and
    /// the lists it leaves empty.</summary>
    private static void RemoveTrailing<TKey, TEntry>(Dictionary<TKey, List<TEntry>> lists, Func<TEntry, bool> added)
        where TKey : notnull
    {
        List<TKey>? emptied = null;
        foreach (var (key, list) in lists)
        {
            var removed = false;
            while (list.Count > 0 && added(list[^1]))
            {
                list.RemoveAt(list.Count - 1);
                removed = true;
            }

            if (removed && list.Count == 0)
            {
                (emptied ??= []).Add(key);
            }
        }

        foreach (var key in emptied ?? [])
        {
            lists.Remove(key);
        }
    }
}
