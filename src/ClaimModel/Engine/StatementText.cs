using System.Text;
using ClaimModel.Serialization;

namespace ClaimModel.Engine;

/// <summary>Plain words for what a claim or denial says, built from its statement (invariant culture), appended to
/// a caller's <see cref="StringBuilder"/> so no intermediate strings are made.</summary>
internal static class StatementText
{
    /// <summary>Appends what <paramref name="statement"/> asserts: "United States carried it out". A presence
    /// statement without a place is about <paramref name="place"/> (the incident's), when known.</summary>
    public static StringBuilder Append(StringBuilder text, Statement statement, ActorGraph actors, Place? place = null)
    {
        switch (statement)
        {
            case ResponsibilityStatement r:
                AppendActors(text, r.Actors, r.Combination, actors).Append(" carried it out");
                if (r.Intent != Intent.Unstated)
                {
                    text.Append(' ').Append(Adverb(r.Intent));
                }

                AppendTargets(text, r.Targets, ", hitting ");
                break;
            case PresenceStatement p:
                AppendPresence(text, p, actors, place);
                break;
            case QuantityStatement q:
                text.Append('"').Append(q.Figure.Text).Append("\" (").Append(q.Figure.Measure);
                if (q.Subject is not null)
                {
                    text.Append(", of ").Append(actors.NameOf(q.Subject));
                }

                if (q.Period?.Text is { } period)
                {
                    text.Append(", ").Append(period);
                }

                text.Append(')');
                break;
            case TargetStatement t:
                AppendTargets(text, t.Targets, t.Scope switch
                {
                    TargetScope.Unstated => "it hit ",
                    TargetScope.Only => "it hit only ",
                    TargetScope.Mostly => "it mostly hit ",
                    TargetScope.AmongOthers => "it hit, among others, ",
                    _ => throw new System.Diagnostics.UnreachableException($"No text for target scope {t.Scope}."),
                });
                break;
            case OccurrenceStatement o:
                if (o.Time.Text is { } words)
                {
                    text.Append("it happened at the time reported as \"").Append(words).Append('"');
                }
                else
                {
                    text.Append("it happened at the stated time");
                }

                break;
            case TextStatement x:
                text.Append(x.Text);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"No text for statement kind {EnumText<StatementKind>.Name(statement.Kind)}.");
        }

        return text;
    }

    /// <summary>Appends what a denial says: "denies that United States carried it out", "denies claims c-1, c-2".</summary>
    /// <summary>How an intent reads after a verb: "deliberately", "indiscriminately", "by accident".</summary>
    public static string Adverb(Intent intent) => intent switch
    {
        Intent.Unstated => "with no stated intent",
        Intent.Deliberate => "deliberately",
        Intent.Indiscriminate => "indiscriminately",
        Intent.Accidental => "by accident",
        _ => throw new System.Diagnostics.UnreachableException($"No words for intent {intent}."),
    };

    /// <summary>Every statement of an utterance, joined with "; ".</summary>
    public static StringBuilder AppendAll(StringBuilder text, ValueList<Statement> statements, ActorGraph actors)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            Append(i > 0 ? text.Append("; ") : text, statements[i], actors);
        }

        return text;
    }

    public static StringBuilder Append(StringBuilder text, Denial denial, ActorGraph actors)
    {
        if (denial.Statement is { } statement)
        {
            return Append(text.Append("denies that "), statement, actors);
        }

        return text.Append("denies claims ").AppendJoin(", ", denial.DeniedClaims);
    }

    private static void AppendPresence(StringBuilder text, PresenceStatement p, ActorGraph actors, Place? place)
    {
        AppendActors(text, p.Actors, p.Combination, actors).Append("'s forces were ").Append(p.Present ? string.Empty : "not ");
        if (p.Within is { } within)
        {
            text.Append("within ").Append(within.Text).Append(" of ");
        }
        else
        {
            text.Append("at ");
        }

        text.Append((p.Place ?? place)?.Name ?? "the incident's place");
        if (p.Time?.Text is { } time)
        {
            text.Append(", ").Append(time);
        }
    }

    /// <summary>"A", "A and B", "A or B": the actors' names as the statement combines them.</summary>
    public static StringBuilder AppendActors(StringBuilder text, ValueList<string> ids, ActorCombination combination, ActorGraph actors)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i < ids.Count - 1 ? ", " : combination == ActorCombination.EitherOf ? " or " : " and ");
            }

            text.Append(actors.NameOf(ids[i]));
        }

        return text;
    }

    /// <summary>Appends <paramref name="lead"/> and the targets, comma-separated by name or kind ("hitting hospital,
    /// school"); nothing when there are none.</summary>
    public static StringBuilder AppendTargets(StringBuilder text, ValueList<Target> targets, string lead)
    {
        if (targets.IsEmpty)
        {
            return text;
        }

        text.Append(lead);
        for (var i = 0; i < targets.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(targets[i].Name ?? EnumText<TargetKind>.Name(targets[i].Kind));
        }

        return text;
    }
}
