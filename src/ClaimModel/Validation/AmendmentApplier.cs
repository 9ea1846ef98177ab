using System.Globalization;

namespace ClaimModel.Validation;

/// <summary>Applies a document's <see cref="ClaimDocument.Amendments"/> to the records they amend: the one place
/// amendments take effect, used by <see cref="ClaimDocumentMerger.Merge"/> (across documents) and
/// <see cref="ClaimValidation.Validate(ClaimDocument)"/> (a lone document amending its own records). Analyse a lone document that
/// has amendments through <see cref="Apply(ClaimDocument)"/> too, so that what the amendments add is counted.</summary>
/// <remarks>
/// <para>Each amendment, in document order, is applied to the record whose id its <see cref="Amendment.Amends"/> names
/// (the first record with that id, in the document-wide id space): its reports are appended to the claim's or
/// denial's reports, its aliases, affiliations and identity links to the actor's, each only when the record does not
/// already hold an equal one (value equality), in the amendment's order. So the same amendment given twice, or one
/// adding what a record already has, changes nothing.</para>
/// <para>An amendment that cannot be applied as a whole is left in <see cref="ClaimDocument.Amendments"/> of the
/// result, for validation to say why: its target is not in the document, or is no claim, denial or actor; it adds
/// nothing; it adds what its target cannot take (reports to an actor, aliases, affiliations or identity links to a
/// claim or denial); or one of its elements is <see langword="null"/>. What an applied amendment adds is validated
/// where it lands (a report's source, its statement positions against the claim, an affiliation cycle it closes),
/// and <see cref="ClaimValidation.Validate(ClaimDocument)"/> reports it at the amendment's path.</para>
/// <para>A document without amendments is returned as it is (the same instance); otherwise the result has the
/// amended records replaced and every other record shared with the input.</para>
/// </remarks>
public static class AmendmentApplier
{
    /// <summary>The kinds of record an amendment may name.</summary>
    internal static readonly EntityKind[] Targets = [EntityKind.Claim, EntityKind.Denial, EntityKind.Actor];

    /// <summary>Applies every amendment of <paramref name="document"/> that can be applied.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The document with the amended records replaced and only the amendments that could not be applied
    /// left in <see cref="ClaimDocument.Amendments"/>; <paramref name="document"/> itself when it has no amendment
    /// that applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static ClaimDocument Apply(ClaimDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Apply(document, null);
    }

    /// <summary>Applies the amendments, recording in <paramref name="trace"/> (when given) where each added element
    /// landed and which amendments were kept.</summary>
    internal static ClaimDocument Apply(ClaimDocument document, AmendmentTrace? trace)
    {
        var amendments = document.Amendments.AsSpan();
        if (amendments.IsEmpty)
        {
            return document;
        }

        var index = new DocumentIndex(document);
        var claims = new Dictionary<int, Appender<Report>>();
        var denials = new Dictionary<int, Appender<Report>>();
        var actors = new Dictionary<int, ActorAdditions>();
        var kept = new List<Amendment>();
        for (var k = 0; k < amendments.Length; k++)
        {
            var amendment = amendments[k];
            if (!TryTarget(amendment, index, out var kind, out var target))
            {
                kept.Add(amendment);
                trace?.Kept.Add(k);
                continue;
            }

            switch (kind)
            {
                case EntityKind.Claim:
                    Reports(claims, target, document.Claims[target].Reports, "claims").Append(amendment.Reports, trace, k, "reports");
                    break;
                case EntityKind.Denial:
                    Reports(denials, target, document.Denials[target].Reports, "denials").Append(amendment.Reports, trace, k, "reports");
                    break;
                case EntityKind.Actor:
                    if (!actors.TryGetValue(target, out var additions))
                    {
                        additions = new ActorAdditions(document.Actors[target], target);
                        actors.Add(target, additions);
                    }

                    additions.Aliases.Append(amendment.Aliases, trace, k, "aliases");
                    additions.Affiliations.Append(amendment.Affiliations, trace, k, "affiliations");
                    additions.SameAs.Append(amendment.SameAs, trace, k, "sameAs");
                    break;
                default:
                    throw new System.Diagnostics.UnreachableException("An amendment cannot amend " + EntityKindText.WithArticle(kind));
            }
        }

        if (kept.Count == amendments.Length)
        {
            return document;
        }

        return document with
        {
            Actors = Replace(document.Actors, actors, static (actor, a) => actor with { Aliases = a.Aliases.Result(), Affiliations = a.Affiliations.Result(), SameAs = a.SameAs.Result() }),
            Claims = Replace(document.Claims, claims, static (claim, reports) => claim with { Reports = reports.Result() }),
            Denials = Replace(document.Denials, denials, static (denial, reports) => denial with { Reports = reports.Result() }),
            Amendments = ValueList.From(kept),
        };
    }

    /// <summary>Whether <paramref name="amendment"/> can be applied as a whole, and to which record.</summary>
    private static bool TryTarget(Amendment? amendment, DocumentIndex index, out EntityKind kind, out int target)
    {
        kind = default;
        target = -1;
        if (amendment?.Amends is not { } id || !index.TryFind(id, out kind, out target))
        {
            return false;
        }

        var forActor = !amendment.Aliases.IsEmpty || !amendment.Affiliations.IsEmpty || !amendment.SameAs.IsEmpty;
        var forReported = !amendment.Reports.IsEmpty;
        return kind switch
        {
            EntityKind.Actor => forActor && !forReported,
            EntityKind.Claim or EntityKind.Denial => forReported && !forActor,
            EntityKind.Source or EntityKind.Incident => false,
            _ => throw new System.Diagnostics.UnreachableException("Unknown entity kind " + kind.ToString()),
        }
            && NoNull(amendment.Reports) && NoNull(amendment.Aliases) && NoNull(amendment.Affiliations) && NoNull(amendment.SameAs);
    }

    private static bool NoNull<T>(ValueList<T> items)
        where T : class
    {
        foreach (var item in items)
        {
            if (item is null)
            {
                return false;
            }
        }

        return true;
    }

    private static Appender<Report> Reports(Dictionary<int, Appender<Report>> appenders, int target, ValueList<Report> reports, string collection)
    {
        if (!appenders.TryGetValue(target, out var appender))
        {
            appender = new Appender<Report>(reports, collection, target, "reports");
            appenders.Add(target, appender);
        }

        return appender;
    }

    private static ValueList<T> Replace<T, TAdditions>(ValueList<T> records, Dictionary<int, TAdditions> additions, Func<T, TAdditions, T> apply)
        where T : class
    {
        if (additions.Count == 0)
        {
            return records;
        }

        var result = records.AsSpan().ToArray();
        foreach (var (target, added) in additions)
        {
            result[target] = apply(result[target], added);
        }

        return new ValueList<T>(result);
    }

    /// <summary>What amendments add to one actor.</summary>
    private sealed class ActorAdditions(Actor actor, int target)
    {
        public Appender<string> Aliases { get; } = new(actor.Aliases, "actors", target, "aliases");

        public Appender<Affiliation> Affiliations { get; } = new(actor.Affiliations, "actors", target, "affiliations");

        public Appender<IdentityLink> SameAs { get; } = new(actor.SameAs, "actors", target, "sameAs");
    }

    /// <summary>One list of one record, with what amendments append to it: each element not already there.</summary>
    private sealed class Appender<T>(ValueList<T> existing, string collection, int record, string member)
        where T : class
    {
        private List<T>? _items;
        private HashSet<T>? _seen;

        /// <summary>Appends each of <paramref name="additions"/> that the list does not hold yet.</summary>
        public void Append(ValueList<T> additions, AmendmentTrace? trace, int amendment, string from)
        {
            for (var m = 0; m < additions.Count; m++)
            {
                var item = additions[m];
                if (_items is null)
                {
                    _items = [.. existing];
                    _seen = new HashSet<T>(_items);
                }

                if (!_seen!.Add(item))
                {
                    continue;
                }

                _items.Add(item);
                trace?.Added.Add(new AmendmentTrace.Addition(
                    string.Create(CultureInfo.InvariantCulture, $"{collection}[{record}].{member}[{_items.Count - 1}]"),
                    amendment,
                    from,
                    m));
            }
        }

        /// <summary>The list with what was appended.</summary>
        public ValueList<T> Result() => _items is null ? existing : ValueList.From(_items);
    }
}
