using System.Globalization;
using ClaimModel.Serialization;
using FluentValidation.Results;

namespace ClaimModel.Validation;

/// <summary>The rule of identity links that contradict each other or the actors they join
/// (<see cref="ErrorCodes.IdentityConflict"/>), one issue per offending link, at its <c>actor</c>.</summary>
/// <remarks>
/// <para>A link conflicts when, in this order of checks: it links an actor to itself; it links a person to an actor
/// that is not a person (or the reverse) — "a Pentagon spokesman" can be Steve Warren, not the Pentagon; the two
/// actors are affiliated with each other (one lists the other in its affiliations, any relation) — one cannot be the
/// same as the body it belongs to or speaks for; or the same pair of actors is linked earlier (on either actor) with
/// another certainty (reported at the later link; the same certainty twice is fine, as is a link on both actors).</para>
/// <para>Links whose actor is dangling or of the wrong kind are skipped (<see cref="IdentityLinkValidator"/> reports
/// them). Linear in the actors, affiliations and links: nothing is built when no actor has a link.</para>
/// </remarks>
internal static class IdentityConflicts
{
    /// <summary>Reports every conflicting identity link of the document.</summary>
    public static void Check(ref RecordIssues issues, DocumentIndex index)
    {
        var actors = index.Document.Actors.AsSpan();
        if (!AnyLink(actors))
        {
            return;
        }

        var affiliated = new HashSet<(int, int)>();
        for (var i = 0; i < actors.Length; i++)
        {
            if (actors[i] is not { } actor)
            {
                continue;
            }

            foreach (var affiliation in actor.Affiliations)
            {
                var target = index.ActorIndex(affiliation?.Actor);
                if (target >= 0)
                {
                    affiliated.Add(Pair(i, target));
                }
            }
        }

        var linked = new Dictionary<(int, int), (IdentityCertainty Certainty, int Actor, int Link)>();
        for (var i = 0; i < actors.Length; i++)
        {
            if (actors[i] is not { } actor)
            {
                continue;
            }

            var links = actor.SameAs.AsSpan();
            for (var j = 0; j < links.Length; j++)
            {
                var link = links[j];
                var target = index.ActorIndex(link?.Actor);
                if (target < 0 || actors[target] is not { } other)
                {
                    continue;
                }

                var message = Conflict(actor, i, link!, other, target, affiliated, linked, j);
                if (message is not null)
                {
                    var path = string.Create(CultureInfo.InvariantCulture, $"actors[{i}].sameAs[{j}].actor");
                    issues.Add(new ValidationFailure(path, message, link!.Actor) { ErrorCode = ErrorCodes.IdentityConflict });
                }
            }
        }
    }

    private static string? Conflict(
        Actor actor,
        int i,
        IdentityLink link,
        Actor other,
        int target,
        HashSet<(int, int)> affiliated,
        Dictionary<(int, int), (IdentityCertainty Certainty, int Actor, int Link)> linked,
        int j)
    {
        if (target == i)
        {
            return "links the actor to itself: an identity link joins two different actors";
        }

        if ((actor.Kind == ActorKind.Person) != (other.Kind == ActorKind.Person))
        {
            return "links " + Kind(actor.Kind) + " to " + Kind(other.Kind) + " (" + Place(target) + "): a person can only be the same as a person";
        }

        if (affiliated.Contains(Pair(i, target)) || affiliated.Contains(Pair(target, i)))
        {
            return "links two actors affiliated with each other (" + Place(target) + "): one cannot be the same as the body it belongs to or speaks for";
        }

        var key = Pair(Math.Min(i, target), Math.Max(i, target));
        if (linked.TryGetValue(key, out var earlier))
        {
            if (earlier.Certainty != link.Certainty)
            {
                return "links the actors as '" + EnumText<IdentityCertainty>.Name(link.Certainty) + "', but "
                    + string.Create(CultureInfo.InvariantCulture, $"actors[{earlier.Actor}].sameAs[{earlier.Link}]")
                    + " links them as '" + EnumText<IdentityCertainty>.Name(earlier.Certainty) + "': give the pair one certainty";
            }
        }
        else
        {
            linked.Add(key, (link.Certainty, i, j));
        }

        return null;
    }

    private static bool AnyLink(ReadOnlySpan<Actor> actors)
    {
        foreach (var actor in actors)
        {
            if (actor is { SameAs.IsEmpty: false })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A pair of actor indexes as a key (a value tuple: its hash mixes both, unlike a packed
    /// <see langword="long"/>, whose hash of neighbouring indexes collides).</summary>
    private static (int, int) Pair(int from, int to) => (from, to);

    private static string Place(int actor) => EntityKindText.Path(EntityKind.Actor, actor);

    private static string Kind(ActorKind kind) => "a " + EnumText<ActorKind>.Name(kind);
}
