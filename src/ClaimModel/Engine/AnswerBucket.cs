using System.Runtime.InteropServices;

namespace ClaimModel.Engine;

/// <summary>A bucket of claims that compare pairwise (responsibility, figures, occurrence times of one incident)
/// kept as groups of equal answers (<see cref="AnswerGroup"/>): claims that agree — the same perpetrators from the
/// same side, the same figure interval at the same time — fall into one group, so a new claim costs one comparison
/// per distinct answer plus one step per finding or consistent comparison it produces, not one per claim. A bucket of
/// a few answers finds a group by comparing the answers in turn (most buckets hold one to a handful: a dictionary
/// would cost more memory than the entries); past <see cref="LinearLimit"/> answers it keeps a dictionary keyed by the
/// groups' first members, compared by their answers. A group's answer is its first member's, read from the entry by
/// <typeparamref name="TRule"/> when compared, so no group keeps a copy of it.</summary>
/// <typeparam name="TRule">What decides the outcome of a comparison (entries of the same answer compare alike).</typeparam>
internal sealed class AnswerBucket<TRule>
    where TRule : IAnswerRule
{
    /// <summary>The most answers found by comparing them in turn.</summary>
    internal const int LinearLimit = 8;

    /// <summary>The only group while there is at most one (most buckets hold one): no array until the second.</summary>
    private AnswerGroup _single;

    /// <summary>The groups once there are two or more, and from then on.</summary>
    private AnswerGroup[]? _groups;

    private int _count;

    /// <summary>Past <see cref="LinearLimit"/> answers: the position in <see cref="All"/> of the group of each answer,
    /// keyed by the groups' first members.</summary>
    private Dictionary<ClaimEntry, int>? _byAnswer;

    /// <summary>The groups in the order their first members were added.</summary>
    public ReadOnlySpan<AnswerGroup> Groups => All;

    /// <summary>The groups: the array, or the single field while there is no array.</summary>
    private Span<AnswerGroup> All => _groups is not null ? _groups.AsSpan(0, _count) : MemoryMarshal.CreateSpan(ref _single, _count);

    /// <summary>Files <paramref name="entry"/> in the group of its answer.</summary>
    public void Add(ClaimEntry entry)
    {
        if (Find(entry) is var found and >= 0)
        {
            All[found].Add(entry);
            return;
        }

        var group = new AnswerGroup(entry);
        if (_groups is null && _count == 0)
        {
            _single = group;
        }
        else
        {
            if (_groups is null)
            {
                _groups = new AnswerGroup[2];
                _groups[0] = _single;
                _single = default;
            }
            else if (_count == _groups.Length)
            {
                Array.Resize(ref _groups, _count * 2);
            }

            _groups[_count] = group;
        }

        _count++;
        if (_byAnswer is not null)
        {
            _byAnswer.Add(entry, _count - 1);
        }
        else if (_count > LinearLimit)
        {
            _byAnswer = new Dictionary<ClaimEntry, int>(_count * 2, AnswerComparer<TRule>.Instance);
            var groups = All;
            for (var i = 0; i < groups.Length; i++)
            {
                _byAnswer.Add(groups[i].Representative, i);
            }
        }
    }

    /// <summary>Removes <paramref name="entry"/> where it is the last member of its group (undoing a failed add), and
    /// the group when it becomes empty; whether the bucket is now empty.</summary>
    public bool RemoveLast(ClaimEntry entry)
    {
        for (var i = _count - 1; i >= 0; i--)
        {
            var groups = All;
            if (groups[i].RemoveLast(entry) && groups[i].Count == 0)
            {
                groups[(i + 1)..].CopyTo(groups[i..]);
                groups[^1] = default;
                _count--;
                if (_byAnswer is not null)
                {
                    _byAnswer.Remove(entry); // the group's only member: its answer is the group's
                    Renumber(i);
                }
            }
        }

        return _count == 0;
    }

    /// <summary>After the group at <paramref name="removed"/> left <see cref="All"/>, the groups after it are one
    /// position earlier (a failed add removes the groups it made, the last ones, so this rarely moves any).</summary>
    private void Renumber(int removed)
    {
        var groups = All;
        for (var i = removed; i < groups.Length; i++)
        {
            _byAnswer![groups[i].Representative] = i;
        }
    }

    /// <summary>The position in <see cref="All"/> of the group of <paramref name="entry"/>'s answer; −1 for none.</summary>
    private int Find(ClaimEntry entry)
    {
        if (_byAnswer is not null)
        {
            return _byAnswer.GetValueOrDefault(entry, -1);
        }

        var groups = All;
        for (var i = 0; i < groups.Length; i++)
        {
            if (TRule.Same(groups[i].Representative, entry))
            {
                return i;
            }
        }

        return -1;
    }
}
