namespace ClaimModel.Engine;

/// <summary>The entries of a bucket that give the same answer (<see cref="AnswerBucket{TRule}"/>), in the order
/// they were added. An entry compares with the same outcome against every member of a group, so the engine compares
/// it with the group's first member once and then lists the members only for the findings that come out. Most groups
/// keep one member: it is held in a field, and an array is made for the second.</summary>
internal sealed class AnswerGroup
{
    private ClaimEntry? _first;
    private ClaimEntry[]? _rest;

    public AnswerGroup(ClaimEntry first)
    {
        _first = first;
        Count = 1;
    }

    /// <summary>The first member: the one compared for the whole group.</summary>
    public ClaimEntry Representative => _first!;

    /// <summary>How many members.</summary>
    public int Count { get; private set; }

    /// <summary>The member at <paramref name="index"/> (add order).</summary>
    public ClaimEntry this[int index] => index == 0 ? _first! : _rest![index - 1];

    /// <summary>Appends a member.</summary>
    public void Add(ClaimEntry entry)
    {
        if (Count == 0)
        {
            _first = entry;
        }
        else
        {
            if (_rest is null || Count - 1 == _rest.Length)
            {
                Array.Resize(ref _rest, Math.Max(1, (Count - 1) * 2));
            }

            _rest[Count - 1] = entry;
        }

        Count++;
    }

    /// <summary>Removes the last member when it is <paramref name="entry"/> (undoing a failed add); whether it was.</summary>
    public bool RemoveLast(ClaimEntry entry)
    {
        if (Count == 0 || !ReferenceEquals(this[Count - 1], entry))
        {
            return false;
        }

        if (--Count == 0)
        {
            _first = null;
        }
        else
        {
            _rest![Count - 1] = null!;
        }

        return true;
    }
}
