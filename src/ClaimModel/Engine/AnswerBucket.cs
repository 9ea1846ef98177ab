namespace ClaimModel.Engine;

/// <summary>A bucket of claims that compare pairwise (responsibility, figures, occurrence times of one incident)
/// kept as groups of equal answers (<see cref="AnswerGroup"/>): claims that agree — the same perpetrators from the
/// same side, the same figure interval at the same time — fall into one group, so a new claim costs one comparison
/// per distinct answer plus one step per finding or consistent comparison it produces, not one per claim. A bucket of
/// a few answers finds a group by comparing the answers in turn (most buckets hold one to a handful: a dictionary
/// would cost more memory than the entries); past <see cref="LinearLimit"/> answers it keeps a dictionary.</summary>
/// <typeparam name="TAnswer">What decides the outcome of a comparison (equal answers compare alike).</typeparam>
internal sealed class AnswerBucket<TAnswer>
    where TAnswer : notnull
{
    /// <summary>The most answers found by comparing them in turn.</summary>
    internal const int LinearLimit = 8;

    private AnswerGroup[] _groups = new AnswerGroup[1];
    private int _count;
    private Dictionary<TAnswer, AnswerGroup>? _byAnswer;

    /// <summary>The groups in the order their first members were added.</summary>
    public ReadOnlySpan<AnswerGroup> Groups => _groups.AsSpan(0, _count);

    /// <summary>Files <paramref name="entry"/> in the group of <paramref name="answer"/>.</summary>
    public void Add(TAnswer answer, ClaimEntry entry)
    {
        if (Find(answer) is { } group)
        {
            group.Add(entry);
            return;
        }

        group = new Keyed(answer, entry);
        if (_count == _groups.Length)
        {
            Array.Resize(ref _groups, _count * 2);
        }

        _groups[_count++] = group;
        if (_byAnswer is not null)
        {
            _byAnswer.Add(answer, group);
        }
        else if (_count > LinearLimit)
        {
            _byAnswer = new Dictionary<TAnswer, AnswerGroup>(_count * 2);
            for (var i = 0; i < _count; i++)
            {
                _byAnswer.Add(AnswerOf(i), _groups[i]);
            }
        }
    }

    /// <summary>Removes <paramref name="entry"/> where it is the last member of its group (undoing a failed add), and
    /// the group when it becomes empty; whether the bucket is now empty.</summary>
    public bool RemoveLast(ClaimEntry entry)
    {
        for (var i = _count - 1; i >= 0; i--)
        {
            if (_groups[i].RemoveLast(entry) && _groups[i].Count == 0)
            {
                _byAnswer?.Remove(AnswerOf(i));
                Array.Copy(_groups, i + 1, _groups, i, _count - i - 1);
                _groups[--_count] = null!;
            }
        }

        return _count == 0;
    }

    private AnswerGroup? Find(TAnswer answer)
    {
        if (_byAnswer is not null)
        {
            return _byAnswer.GetValueOrDefault(answer);
        }

        for (var i = 0; i < _count; i++)
        {
            if (EqualityComparer<TAnswer>.Default.Equals(AnswerOf(i), answer))
            {
                return _groups[i];
            }
        }

        return null;
    }

    private TAnswer AnswerOf(int index) => ((Keyed)_groups[index]).Answer;

    /// <summary>A group that keeps its answer (the bucket finds groups by it).</summary>
    private sealed class Keyed(TAnswer answer, ClaimEntry first) : AnswerGroup(first)
    {
        /// <summary>The answer every member gives.</summary>
        public TAnswer Answer { get; } = answer;
    }
}
