namespace ClaimModel.Engine;

/// <summary>The entries of a bucket that give the same answer (<see cref="AnswerBucket{TRule}"/>), in the order
/// they were added. An entry compares with the same outcome against every member of a group, so the engine compares
/// it with the group's first member once and then lists the members only for the findings that come out. Most groups
/// keep one member: a group of one is that entry itself (no object); the members of a larger group live in an object
/// made for the second (<see cref="Members"/>).</summary>
/// <remarks>A value of one reference: held in the bucket's array, and changed there in place (<see cref="Add"/>,
/// <see cref="RemoveLast"/> through the array element); a copy reads the members it had.</remarks>
internal struct AnswerGroup
{
    /// <summary>The one member (a <see cref="ClaimEntry"/>), the <see cref="Members"/> of several, or nothing for an
    /// emptied group.</summary>
    private object? _members;

    /// <summary>A group of <paramref name="first"/>.</summary>
    public AnswerGroup(ClaimEntry first) => _members = first;

    /// <summary>The first member: the one compared for the whole group.</summary>
    public readonly ClaimEntry Representative => _members as ClaimEntry ?? ((Members)_members!).Representative;

    /// <summary>How many members.</summary>
    public readonly int Count => _members switch
    {
        ClaimEntry => 1,
        Members members => members.Count,
        _ => 0,
    };

    /// <summary>The member at <paramref name="index"/> (add order).</summary>
    public readonly ClaimEntry this[int index] => _members is Members members ? members[index]
        : index == 0 && _members is ClaimEntry entry ? entry
        : throw new ArgumentOutOfRangeException(nameof(index), index, "no such member");

    /// <summary>Appends a member.</summary>
    public void Add(ClaimEntry entry)
    {
        switch (_members)
        {
            case Members members:
                members.Add(entry);
                break;
            case ClaimEntry first:
                _members = new Members(first, entry);
                break;
            default:
                _members = entry;
                break;
        }
    }

    /// <summary>Removes the last member when it is <paramref name="entry"/> (undoing a failed add); whether it was.</summary>
    public bool RemoveLast(ClaimEntry entry)
    {
        if (_members is Members members)
        {
            return members.RemoveLast(entry);
        }

        if (_members is null || !ReferenceEquals(_members, entry))
        {
            return false;
        }

        _members = null;
        return true;
    }

    /// <summary>The members of a group of two or more, in one array grown by doubling.</summary>
    private sealed class Members
    {
        private ClaimEntry[] _all;

        public Members(ClaimEntry first, ClaimEntry second)
        {
            _all = [first, second];
            Count = 2;
        }

        public ClaimEntry Representative => _all[0];

        public int Count { get; private set; }

        public ClaimEntry this[int index] => (uint)index < (uint)Count
            ? _all[index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, "no such member");

        public void Add(ClaimEntry entry)
        {
            if (Count == _all.Length)
            {
                Array.Resize(ref _all, Count * 2);
            }

            _all[Count++] = entry;
        }

        public bool RemoveLast(ClaimEntry entry)
        {
            if (Count == 0 || !ReferenceEquals(_all[Count - 1], entry))
            {
                return false;
            }

            _all[--Count] = null!;
            return true;
        }
    }
}
