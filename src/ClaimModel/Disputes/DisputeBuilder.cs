using System.Globalization;
using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>One dispute being built from its findings, added one by one in any order (batch: <see cref="DisputeAnalyzer"/>;
/// incremental: <see cref="DisputeTracker"/>): positions by answer, voices by name, the status by the rule on
/// <see cref="DisputeStatus"/>. The same findings give the same <see cref="Build"/> whatever their order.</summary>
/// <param name="key">The dispute's question, incident and subject.</param>
/// <param name="source">The findings, by position.</param>
internal sealed class DisputeBuilder(DisputeKey key, DisputedFindings source)
{
    private readonly Dictionary<string, PositionBuilder> _positions = new(StringComparer.Ordinal);

    /// <summary>The positions of its findings in <see cref="Source"/>.</summary>
    private readonly List<int> _findings = [];

    // An entry takes part in many findings of its dispute (each accusation meets every accusation of the other side):
    // its answer key is computed once.
    private readonly Dictionary<Entry, string> _answerKeys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Entry, string> _deniedKeys = new(ReferenceEqualityComparer.Instance);
    private bool _sorted = true;
    private int _selfContradictions;

    /// <summary>The dispute's key.</summary>
    public DisputeKey Key => key;

    /// <summary>How many findings it holds.</summary>
    public int FindingCount => _findings.Count;

    /// <summary>The findings, by position.</summary>
    public DisputedFindings Source => source;

    /// <summary>The positions in <see cref="Source"/> of the findings it holds, in the order added (report order after
    /// <see cref="Build"/>).</summary>
    public IReadOnlyList<int> Findings => _findings;

    /// <summary>Adds a finding of this dispute (in any order: what the dispute shows does not depend on it). O(log) per
    /// voice and participant.</summary>
    /// <param name="at">The finding's position in <see cref="Source"/>.</param>
    /// <param name="joined">Gets the entries the finding brings into the dispute for the first time (in a position).</param>
    public void Add(int at, List<Entry>? joined = null)
    {
        var finding = source.CompactAt(at);
        if (_findings.Count > 0 && FindingOrder.Instance.Compare(source.CompactAt(_findings[^1]), finding) > 0)
        {
            _sorted = false;
        }

        _findings.Add(at);
        _selfContradictions += finding.Kind == FindingKind.SelfContradiction ? 1 : 0;
        var (first, second) = (finding.Explanation.First!, finding.Explanation.Second!);
        var opposed = Answering(first as ClaimEntry ?? (ClaimEntry)second!);
        Entry[] entries = [first!, second!];
        for (var e = 0; e < entries.Length; e++)
        {
            var entry = entries[e];
            var account = entry is ClaimEntry claim ? Answering(claim) : opposed;
            var denies = entry is DenialEntry;
            var answerKey = AnswerKeyOf(entry, denies ? opposed : account, denies);
            if (!_positions.TryGetValue(answerKey, out var position))
            {
                _positions.Add(answerKey, position = new PositionBuilder(denies));
            }

            // The answer's words and the accused come from the position's first finding in report order, whatever the
            // order of the adds.
            if (position.Offer(finding, e))
            {
                position.Describe(denies ? "denies: " + Answer(opposed, key.Question) : Answer(account, key.Question), Accused(denies ? opposed : account));
            }

            if (position.Add(entry))
            {
                joined?.Add(entry);
            }
        }
    }

    /// <summary>The answer key of <paramref name="entry"/> (a denial: of the account it denies), computed once per entry
    /// and account.</summary>
    private string AnswerKeyOf(Entry entry, ClaimEntry account, bool denies)
    {
        // A denial's key depends on the account it meets; a claim's on itself alone.
        Entry cacheKey = denies ? account : entry;
        var keys = denies ? _deniedKeys : _answerKeys;
        if (!keys.TryGetValue(cacheKey, out var answerKey))
        {
            answerKey = denies ? "denies " + AnswerKey(account, key.Question) : AnswerKey(account, key.Question);
            keys.Add(cacheKey, answerKey);
        }

        return answerKey;
    }

    /// <summary>The dispute as it stands.</summary>
    public Dispute Build()
    {
        if (!_sorted)
        {
            _findings.Sort((x, y) => FindingOrder.Instance.Compare(source.CompactAt(x), source.CompactAt(y)));
            _sorted = true;
        }

        // Equal answers keep the order in which a batch in report order meets them: by first finding, then entry.
        var built = _positions.Values.OrderBy(p => p.Denies).ThenBy(p => p.Answer, StringComparer.Ordinal).ThenBy(p => p, PositionBuilder.FirstSeen).ToList();
        return new Dispute
        {
            Id = key.Id,
            Question = key.Question,
            Incident = key.Incident,
            Subject = key.Subject,
            Status = Status(built),
            Positions = ValueList.From(built.Select(p => p.Build())),
            Findings = ValueList.From(_findings.Select(source.IdAt)),
        };
    }

    private DisputeStatus Status(List<PositionBuilder> positions)
    {
        if (_selfContradictions == _findings.Count)
        {
            return DisputeStatus.SelfContradicted;
        }

        var accounts = positions.Where(p => !p.Denies).ToList();
        var denials = positions.Where(p => p.Denies).ToList();
        var accountSides = accounts.SelectMany(p => p.Sides).ToHashSet(StringComparer.Ordinal);
        if (accounts.Count > 1)
        {
            return accountSides.Count > 1 || denials.Count > 0 ? DisputeStatus.Contested : DisputeStatus.Inconsistent;
        }

        var accused = accounts.SelectMany(p => p.Accused).ToHashSet(StringComparer.Ordinal);
        if (denials.Any(p => p.Sides.Any(side => !accused.Contains(side))))
        {
            return DisputeStatus.Contested;
        }

        return accounts.Count == 1 && accounts[0].VoiceCount >= 2 && accountSides.Count >= 2 ? DisputeStatus.Corroborated : DisputeStatus.DeniedByAccused;
    }

    /// <summary>The entry whose statement gives a claim's answer: the claim's own statement, or for a claim named as a
    /// whole its first responsibility statement (else the whole claim).</summary>
    internal static ClaimEntry Answering(ClaimEntry entry) =>
        entry.Statement is not null ? entry : Array.Find(entry.Statements, s => s.Statement is ResponsibilityStatement) ?? entry;

    /// <summary>The sides an account accuses: the sides of the actors its statement names.</summary>
    private static IEnumerable<string> Accused(ClaimEntry entry) => entry.Actors.SelectMany(a => a.Roots);

    /// <summary>What makes two accounts the same answer: for responsibility the perpetrators' sides ("US" and "US-led
    /// coalition" are one answer; intent is a question of its own), else the statement as compared.</summary>
    private static string AnswerKey(ClaimEntry entry, DisputeQuestion question) => entry.Statement switch
    {
        ResponsibilityStatement r when question == DisputeQuestion.Intent => "intent " + StatementText.Adverb(r.Intent),
        ResponsibilityStatement => "by " + Sides(entry),
        PresenceStatement p => (p.Present ? "present " : "absent ") + Sides(entry),
        QuantityStatement => string.Create(CultureInfo.InvariantCulture, $"figure {entry.Interval.Scale(entry.Factor)}"),
        OccurrenceStatement => "time " + entry.When,
        _ => "claim " + entry.Reference,
    };

    private static string Answer(ClaimEntry entry, DisputeQuestion question) => entry.Statement switch
    {
        ResponsibilityStatement r when question == DisputeQuestion.Intent => "acted " + StatementText.Adverb(r.Intent),
        ResponsibilityStatement => "carried out by " + string.Join(" and ", entry.Actors.Select(a => a.Name)) + " (side " + Sides(entry) + ")",
        _ => entry.Participant?.Says ?? entry.Reference,
    };

    private static string Sides(ClaimEntry entry) => string.Join('+', entry.Actors.SelectMany(a => a.Roots).Distinct().Order(StringComparer.Ordinal));

    /// <summary>One position being built: its voices by name.</summary>
    private sealed class PositionBuilder(bool denies)
    {
        private readonly SortedDictionary<string, VoiceBuilder> _voices = new(StringComparer.Ordinal);
        private readonly HashSet<Entry> _entries = new(ReferenceEqualityComparer.Instance);
        private CompactFinding _first;
        private bool _hasFirst;
        private int _firstEntry;

        /// <summary>Orders positions by the finding (report order) and entry that first gave them.</summary>
        public static readonly IComparer<PositionBuilder> FirstSeen = Comparer<PositionBuilder>.Create(static (x, y) =>
        {
            var order = FindingOrder.Instance.Compare(x._first, y._first);
            return order != 0 ? order : x._firstEntry.CompareTo(y._firstEntry);
        });

        public string Answer { get; private set; } = string.Empty;

        public bool Denies { get; } = denies;

        public HashSet<string> Accused { get; private set; } = [];

        /// <summary>Whether <paramref name="finding"/> comes first in report order: then it is the position's first
        /// finding, and <see cref="Describe"/> must take the answer and the accused from it.</summary>
        public bool Offer(in CompactFinding finding, int entry)
        {
            if (!_hasFirst || FindingOrder.Instance.Compare(finding, _first) < 0)
            {
                (_first, _firstEntry, _hasFirst) = (finding, entry, true);
                return true;
            }

            return false;
        }

        /// <summary>The answer and the accused of the position's first finding.</summary>
        public void Describe(string answer, IEnumerable<string> accused) => (Answer, Accused) = (answer, [.. accused]);

        public SortedSet<string> Sides { get; } = new(StringComparer.Ordinal);

        public int VoiceCount => _voices.Count;

        /// <summary>Adds an entry's voice, claimant, sides, statement and sources (sets: an entry met again through
        /// another finding adds nothing, so it is skipped); says whether it was new.</summary>
        public bool Add(Entry entry)
        {
            if (!_entries.Add(entry))
            {
                return false;
            }

            var voice = entry.Claimant.Voice;
            if (!_voices.TryGetValue(voice, out var builder))
            {
                _voices.Add(voice, builder = new VoiceBuilder(voice, entry.Claimant.VoiceIsProbable));
            }

            builder.Add(entry);
            Sides.UnionWith(entry.Claimant.Roots);
            return true;
        }

        public DisputePosition Build() => new()
        {
            Answer = Answer,
            Denies = Denies,
            Voices = ValueList.From(_voices.Values.Select(v => v.Build())),
            Sides = ValueList.From(Sides),
        };
    }

    /// <summary>One voice of a position being built.</summary>
    private sealed class VoiceBuilder(string voice, bool probable)
    {
        private readonly SortedSet<string> _claimants = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _sides = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _statements = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _sources = new(StringComparer.Ordinal);

        public void Add(Entry entry)
        {
            _claimants.Add(entry.Claimant.Id);
            _sides.UnionWith(entry.Claimant.Roots);
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
            Claimants = ValueList.From(_claimants),
            Sides = ValueList.From(_sides),
            Statements = ValueList.From(_statements),
            Sources = ValueList.From(_sources),
        };
    }
}
