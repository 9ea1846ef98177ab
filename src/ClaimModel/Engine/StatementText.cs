using System.Globalization;
using System.Text;
using ClaimModel.Serialization;

namespace ClaimModel.Engine;

/// <summary>Plain words for what a claim or denial says, built from its statement (invariant culture).</summary>
internal static class StatementText
{
    /// <summary>What <paramref name="statement"/> asserts: "United States carried it out". A presence statement
    /// without a place is about <paramref name="place"/> (the incident's), when known.</summary>
    public static string Describe(Statement statement, ActorGraph actors, Place? place = null) => statement switch
    {
        ResponsibilityStatement r => string.Concat(actors.NameOf(r.Actor), " carried it out", Targets(r.Targets, ", hitting ")),
        PresenceStatement p => Presence(p, actors, place),
        QuantityStatement q => string.Concat(
            "\"", q.Figure.Text, "\" (", q.Figure.Measure,
            q.Subject is null ? string.Empty : ", of " + actors.NameOf(q.Subject),
            q.Period?.Text is { } period ? ", " + period : string.Empty,
            ")"),
        TargetStatement t => Targets(t.Targets, "it hit "),
        OccurrenceStatement o => o.Time.Text is { } words ? "it happened at the time reported as \"" + words + "\"" : "it happened at the stated time",
        TextStatement x => x.Text,
        _ => statement.Kind.ToString(),
    };

    /// <summary>What a denial says: "denies that United States carried it out", "denies claims c-1, c-2".</summary>
    public static string Describe(Denial denial, ActorGraph actors)
    {
        if (denial.Statement is { } statement)
        {
            return "denies that " + Describe(statement, actors);
        }

        return "denies claims " + string.Join(", ", denial.DeniedClaims);
    }

    private static string Presence(PresenceStatement p, ActorGraph actors, Place? place)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{actors.NameOf(p.Actor)}'s forces were {(p.Present ? string.Empty : "not ")}");
        builder.Append(p.Within is { } within ? "within " + within.Text + " of " : "at ");
        builder.Append((p.Place ?? place)?.Name ?? "the incident's place");
        if (p.Time?.Text is { } time)
        {
            builder.Append(", ").Append(time);
        }

        return builder.ToString();
    }

    /// <summary>The targets after <paramref name="lead"/>, comma-separated by name or kind ("hitting hospital,
    /// school"); empty when there are none.</summary>
    public static string Targets(ValueList<Target> targets, string lead)
    {
        if (targets.IsEmpty)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(lead);
        for (var i = 0; i < targets.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(targets[i].Name ?? EnumText<TargetKind>.Name(targets[i].Kind));
        }

        return builder.ToString();
    }
}
