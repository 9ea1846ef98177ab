using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>One dispute being built from its findings, added one by one in any order (batch: <see cref="DisputeAnalyzer"/>;
/// incremental: <see cref="DisputeTracker"/>): positions by answer, voices by name, the status by the rule on
/// <see cref="DisputeStatus"/>. The same findings give the same <see cref="Build"/> whatever their order.</summary>
/// <param name="key">The dispute's question, incident and subject.</param>
/// <param name="source">The findings, by position.</param>
internal sealed class DisputeBuilder(DisputeKey key, DisputedFindings source)
{
    private readonly Dictionary<PositionKey, PositionBuilder> _positions = [];

    /// <summary>The positions of its findings in <see cref="Source"/>: the first <see cref="_placed"/> placed, the rest
    /// held.</summary>
    private readonly List<int> _findings = [];
    private int _placed;

    // An entry takes part in many findings of its dispute (each accusation meets every accusation of the other side):
    // its position is looked up once. A claim's position depends on the claim alone (so a claim found here has joined
    // it); a denial's on the account it meets (the position of the denials of that account).
    private readonly Dictionary<Entry, PositionBuilder> _claimPositions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Entry, PositionBuilder> _denialPositions = new(ReferenceEqualityComparer.Instance);
    private ClaimEntry? _lastClaim;
    private PositionBuilder? _lastClaimPosition;

    /// <summary>The finding added last (the greatest in report order while <see cref="_sorted"/>).</summary>
    private CompactFinding _last;
    private bool _sorted = true;
    private int _selfContradictions;
    private string? _id;

    /// <summary>The dispute's key.</summary>
    public DisputeKey Key => key;

    /// <summary>The number a <see cref="DisputeTracker"/> gave the dispute when it appeared (kept when it is rebuilt; 0
    /// in a batch).</summary>
    public int Number { get; init; }

    /// <summary>The dispute's id (<see cref="DisputeKey.Id"/>, a hash), computed once.</summary>
    public string Id => _id ??= key.Id;

    /// <summary>How many findings it holds.</summary>
    public int FindingCount => _findings.Count;

    /// <summary>The findings, by position.</summary>
    public DisputedFindings Source => source;

    /// <summary>The positions in <see cref="Source"/> of the findings it holds, in the order added (report order after
    /// <see cref="Build"/>).</summary>
    public IReadOnlyList<int> Findings => _findings;

    /// <summary>Whether it holds findings not placed yet (<see cref="Hold"/>): <see cref="Build"/> needs them placed.</summary>
    public bool HasHeld => _placed < _findings.Count;

    /// <summary>Whether a <see cref="DisputeTracker"/> has it in its list of builders to place (its own bookkeeping).</summary>
    public bool Queued { get; set; }

    /// <summary>Adds a finding of this dispute and places it (in any order: what the dispute shows does not depend on
    /// it). O(1) per participant met before, O(log) per voice of a participant met for the first time.</summary>
    /// <param name="at">The finding's position in <see cref="Source"/>.</param>
    public void Add(int at)
    {
        Hold(at);
        Place();
    }

    /// <summary>Adds a finding of this dispute without placing it yet: it counts at once (<see cref="FindingCount"/>,
    /// <see cref="Findings"/>); <see cref="Place"/> puts it in its position, in the order held.</summary>
    /// <param name="at">The finding's position in <see cref="Source"/>.</param>
    public void Hold(int at) => _findings.Add(at);

    /// <summary>Places the findings held, in the order held.</summary>
    /// <param name="joined">Gets the entries the findings bring into the dispute for the first time (in a position).</param>
    public void Place(List<Entry>? joined = null)
    {
        for (; _placed < _findings.Count; _placed++)
        {
            PlaceAt(_findings[_placed], joined);
        }
    }

    private void PlaceAt(int at, List<Entry>? joined)
    {
        var finding = source.CompactAt(at);
        if (_sorted && _placed > 0 && FindingOrder.Instance.Compare(_last, finding) > 0)
        {
            _sorted = false;
        }

        _last = finding;
        _selfContradictions += finding.Kind == FindingKind.SelfContradiction ? 1 : 0;
        var (first, second) = (finding.Explanation.First!, finding.Explanation.Second!);
        var opposed = Answering(first as ClaimEntry ?? (ClaimEntry)second);
        AddEntry(first, 0, finding, opposed, joined);
        AddEntry(second, 1, finding, opposed, joined);
    }

    /// <summary>Puts one entry of <paramref name="finding"/> (the <paramref name="e"/>-th of its explanation) in its
    /// position; <paramref name="opposed"/> is the account a denial denies.</summary>
    private void AddEntry(Entry entry, int e, in CompactFinding finding, ClaimEntry opposed, List<Entry>? joined)
    {
        PositionBuilder? position;
        bool fresh;
        var claim = entry as ClaimEntry;
        if (claim is not null && ReferenceEquals(claim, _lastClaim))
        {
            // Findings in report order come by their first participant: the same claim many times in a row.
            (position, fresh) = (_lastClaimPosition, false);
        }
        else if (claim is not null)
        {
            fresh = !_claimPositions.TryGetValue(claim, out position);
            if (fresh)
            {
                position = PositionOf(AnswerKey(Answering(claim), key.Question, denies: false));
                _claimPositions.Add(claim, position);
            }

            (_lastClaim, _lastClaimPosition) = (claim, position);
        }
        else
        {
            if (!_denialPositions.TryGetValue(opposed, out position))
            {
                position = PositionOf(AnswerKey(opposed, key.Question, denies: true));
                _denialPositions.Add(opposed, position);
            }

            fresh = position.Meets(entry);
        }

        // The answer's words and the accused come from the position's first finding in report order, whatever the
        // order of the adds (while the adds come in report order, the first one met is the first).
        if (position!.Offer(finding, e, _sorted))
        {
            var account = claim is not null ? Answering(claim) : opposed;
            position.Describe(claim is null ? "denies: " + Answer(opposed, key.Question) : Answer(account, key.Question), account);
        }

        if (fresh)
        {
            position.Add(entry);
            joined?.Add(entry);
        }
    }

    /// <summary>The position of <paramref name="answerKey"/>, made when first met.</summary>
    private PositionBuilder PositionOf(PositionKey answerKey)
    {
        if (!_positions.TryGetValue(answerKey, out var position))
        {
            _positions.Add(answerKey, position = new PositionBuilder(answerKey.Denies));
        }

        return position;
    }

    /// <summary>The dispute as it stands (its findings placed: <see cref="HasHeld"/> is false).</summary>
    public Dispute Build()
    {
        if (HasHeld)
        {
            throw new InvalidOperationException("A dispute is built from placed findings: Place the findings held first.");
        }

        if (!_sorted)
        {
            _findings.Sort((x, y) => FindingOrder.Instance.Compare(source.CompactAt(x), source.CompactAt(y)));
            _last = source.CompactAt(_findings[^1]);
            _sorted = true;
        }

        var built = new List<PositionBuilder>(_positions.Values);
        built.Sort(PositionBuilder.Listed);
        var ids = new string[_findings.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = source.IdAt(_findings[i]);
        }

        return new Dispute
        {
            Id = Id,
            Question = key.Question,
            Incident = key.Incident,
            Subject = key.Subject,
            Status = Status(built),
            Positions = new ValueList<DisputePosition>([.. built.ConvertAll(p => p.Build())]),
            Findings = new ValueList<string>(ids),
        };
    }

    private DisputeStatus Status(List<PositionBuilder> positions)
    {
        if (_selfContradictions == _findings.Count)
        {
            return DisputeStatus.SelfContradicted;
        }

        var accountSides = new DistinctStrings();
        var accused = new DistinctStrings();
        PositionBuilder? account = null;
        int accounts = 0, denials = 0;
        foreach (var position in positions)
        {
            if (position.Denies)
            {
                denials++;
                continue;
            }

            (account, accounts) = (position, accounts + 1);
            foreach (var side in position.Sides.Items)
            {
                accountSides.Add(side);
            }

            foreach (var side in position.Accused.Items)
            {
                accused.Add(side);
            }
        }

        if (accounts > 1)
        {
            return accountSides.Count > 1 || denials > 0 ? DisputeStatus.Contested : DisputeStatus.Inconsistent;
        }

        // A denial by a side the account does not accuse contests it.
        foreach (var position in positions)
        {
            if (!position.Denies)
            {
                continue;
            }

            foreach (var side in position.Sides.Items)
            {
                if (!accused.Contains(side))
                {
                    return DisputeStatus.Contested;
                }
            }
        }

        return accounts == 1 && account!.VoiceCount >= 2 && accountSides.Count >= 2 ? DisputeStatus.Corroborated : DisputeStatus.DeniedByAccused;
    }

    /// <summary>The entry whose statement gives a claim's answer: the claim's own statement, or for a claim named as a
    /// whole its first responsibility statement (else the whole claim).</summary>
    internal static ClaimEntry Answering(ClaimEntry entry) =>
        entry.Statement is not null ? entry : Array.Find(entry.Statements, s => s.Statement is ResponsibilityStatement) ?? entry;

    /// <summary>What makes two accounts the same answer: for responsibility the perpetrators' sides ("US" and "US-led
    /// coalition" are one answer; intent is a question of its own), else the statement as compared.</summary>
    /// <remarks>The words are strings the entry holds already where they can be (sides, an adverb, a reference), so
    /// that a claim joining a dispute makes no text for its position.</remarks>
    private static PositionKey AnswerKey(ClaimEntry entry, DisputeQuestion question, bool denies) => entry.Statement switch
    {
        ResponsibilityStatement r when question == DisputeQuestion.Intent => new(denies, AnswerKind.Intent, StatementText.Adverb(r.Intent)),
        ResponsibilityStatement => new(denies, AnswerKind.By, Sides(entry)),
        PresenceStatement p => new(denies, p.Present ? AnswerKind.Present : AnswerKind.Absent, Sides(entry)),
        QuantityStatement => new(denies, AnswerKind.Figure, entry.Normalized.ToString()),
        OccurrenceStatement => new(denies, AnswerKind.Time, entry.When?.ToString() ?? string.Empty),
        _ => new(denies, AnswerKind.Claim, entry.Reference),
    };

    private static string Answer(ClaimEntry entry, DisputeQuestion question) => entry.Statement switch
    {
        ResponsibilityStatement r when question == DisputeQuestion.Intent => "acted " + StatementText.Adverb(r.Intent),
        ResponsibilityStatement => "carried out by " + string.Join(" and ", entry.Actors.Select(a => a.Name)) + " (side " + Sides(entry) + ")",
        _ => entry.Participant?.Says ?? entry.Reference,
    };

    /// <summary>The distinct sides of the actors an account names, sorted ordinally and joined by '+'.</summary>
    private static string Sides(ClaimEntry entry)
    {
        var actors = entry.Actors;
        if (actors.Length == 1 && actors[0].Roots.Count == 1)
        {
            return actors[0].Roots[0];
        }

        var sides = new DistinctStrings();
        foreach (var actor in actors)
        {
            sides.AddRange(actor.Roots);
        }

        return string.Join('+', sides.Sorted().AsSpan());
    }

    /// <summary>What kind of answer a position gives (with <see cref="PositionKey.Text"/>, what makes two accounts one
    /// position).</summary>
    private enum AnswerKind : byte
    {
        Intent,
        By,
        Present,
        Absent,
        Figure,
        Time,
        Claim,
    }

    /// <summary>What makes two accounts (or two denials of accounts) the same position: whether it denies, the kind of
    /// answer and its words (<see cref="AnswerKey"/>).</summary>
    private readonly record struct PositionKey(bool Denies, AnswerKind Kind, string Text);

    /// <summary>One position being built: its voices by name.</summary>
    private sealed class PositionBuilder(bool denies)
    {
        private readonly Dictionary<string, VoiceBuilder> _voices = new(StringComparer.Ordinal);

        private CompactFinding _first;
        private bool _hasFirst;
        private int _firstEntry;
        private DistinctStrings _accused;
        private DistinctStrings _sides;

        /// <summary>The denials it holds, made with the first (a claim's position is looked up once per claim, so only
        /// denials are checked).</summary>
        private HashSet<Entry>? _denials;

        /// <summary>The order positions are listed in: accounts before denials, by answer (ordinal), then equal answers
        /// in the order in which a batch in report order meets them: by first finding, then entry.</summary>
        public static readonly Comparison<PositionBuilder> Listed = static (x, y) =>
        {
            var order = x.Denies.CompareTo(y.Denies);
            order = order != 0 ? order : string.CompareOrdinal(x.Answer, y.Answer);
            order = order != 0 ? order : FindingOrder.Instance.Compare(x._first, y._first);
            return order != 0 ? order : x._firstEntry.CompareTo(y._firstEntry);
        };

        public string Answer { get; private set; } = string.Empty;

        public bool Denies { get; } = denies;

        /// <summary>The sides its account accuses.</summary>
        public ref DistinctStrings Accused => ref _accused;

        /// <summary>The sides of its voices.</summary>
        public ref DistinctStrings Sides => ref _sides;

        public int VoiceCount => _voices.Count;

        /// <summary>Whether <paramref name="finding"/> comes first in report order: then it is the position's first
        /// finding, and <see cref="Describe"/> must take the answer and the accused from it. When every finding so far came
        /// in report order (<paramref name="inOrder"/>), only the first one offered does.</summary>
        public bool Offer(in CompactFinding finding, int entry, bool inOrder)
        {
            if (!_hasFirst || (!inOrder && FindingOrder.Instance.Compare(finding, _first) < 0))
            {
                (_first, _firstEntry, _hasFirst) = (finding, entry, true);
                return true;
            }

            return false;
        }

        /// <summary>The answer of the position's first finding, and the sides its account accuses (the sides of the
        /// actors its statement names).</summary>
        public void Describe(string answer, ClaimEntry account)
        {
            Answer = answer;
            Accused.Clear();
            foreach (var actor in account.Actors)
            {
                Accused.AddRange(actor.Roots);
            }
        }

        /// <summary>Whether the denial <paramref name="denial"/> is new to the position (then it must be added).</summary>
        public bool Meets(Entry denial) => (_denials ??= new HashSet<Entry>(ReferenceEqualityComparer.Instance)).Add(denial);

        /// <summary>Adds a new entry's voice, claimant, sides, statement and sources.</summary>
        public void Add(Entry entry)
        {
            var voice = entry.Claimant.Voice;
            if (!_voices.TryGetValue(voice, out var builder))
            {
                _voices.Add(voice, builder = new VoiceBuilder(voice, entry.Claimant.VoiceIsProbable));
            }

            builder.Add(entry);
            Sides.AddRange(entry.Claimant.Roots);
        }

        public DisputePosition Build()
        {
            var voices = new VoiceBuilder[_voices.Count];
            _voices.Values.CopyTo(voices, 0);
            Array.Sort(voices, static (x, y) => string.CompareOrdinal(x.Voice, y.Voice));
            return new()
            {
                Answer = Answer,
                Denies = Denies,
                Voices = new ValueList<DisputeVoice>(Array.ConvertAll(voices, v => v.Build())),
                Sides = Sides.Sorted(),
            };
        }
    }

    /// <summary>One voice of a position being built.</summary>
    private sealed class VoiceBuilder(string voice, bool probable)
    {
        private DistinctStrings _claimants;
        private DistinctStrings _sides;
        private DistinctStrings _statements;
        private DistinctStrings _sources;

        public string Voice => voice;

        public void Add(Entry entry)
        {
            _claimants.Add(entry.Claimant.Id);
            _sides.AddRange(entry.Claimant.Roots);
            _statements.Add(entry.Reference);
            foreach (var report in entry.Reports)
            {
                _sources.Add(report.Source);
            }
        }

        public DisputeVoice Build() => new()
        {
            Voice = voice,
            Probable = probable,
            Claimants = _claimants.Sorted(),
            Sides = _sides.Sorted(),
            Statements = _statements.Sorted(),
            Sources = _sources.Sorted(),
        };
    }
}
