using ClaimModel.Engine;
using DuckDB.NET.Data;

namespace ClaimModel.Benchmarks.SqlPeer;

/// <summary>Loads a <see cref="ClaimDocument"/> into the <see cref="SqlPeerSchema"/> tables with DuckDB's
/// appender, as the records are (no side, interval or match is computed here). A claim id seen before is skipped,
/// as the engine ignores it. What the peer does not model throws <see cref="NotSupportedException"/> instead of
/// being compared wrongly: running totals (<see cref="Figure.Cumulative"/>) and quantity periods other than an
/// explicit interval (a start and an end).</summary>
public static class SqlPeerLoader
{
    /// <summary>Creates the tables and appends the document and the policy's tables.</summary>
    /// <param name="connection">An open connection to an empty database.</param>
    /// <param name="document">The document.</param>
    /// <param name="policy">The figure policy (units, vague words, tolerances).</param>
    public static void Load(DuckDBConnection connection, ClaimDocument document, FigurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var table in SqlPeerSchema.Tables)
        {
            Execute(connection, table);
        }

        LoadActors(connection, document);
        LoadClaims(connection, document);
        LoadDenials(connection, document);
        LoadPolicy(connection, policy);
    }

    private static void LoadActors(DuckDBConnection connection, ClaimDocument document)
    {
        using (var actors = connection.CreateAppender("actor"))
        {
            foreach (var actor in document.Actors)
            {
                actors.CreateRow().AppendValue(actor.Id).EndRow();
            }
        }

        using var affiliations = connection.CreateAppender("affiliation");
        foreach (var actor in document.Actors)
        {
            foreach (var affiliation in actor.Affiliations)
            {
                affiliations.CreateRow().AppendValue(actor.Id).AppendValue(affiliation.Actor).EndRow();
            }
        }
    }

    private static void LoadClaims(DuckDBConnection connection, ClaimDocument document)
    {
        using var claims = connection.CreateAppender("claim");
        using var revisions = connection.CreateAppender("revision");
        using var statements = connection.CreateAppender("stmt");
        using var actors = connection.CreateAppender("stmt_actor");
        using var targets = connection.CreateAppender("stmt_target");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entry = 0;
        foreach (var claim in document.Claims)
        {
            if (!seen.Add(claim.Id))
            {
                continue;
            }

            claims.CreateRow().AppendValue(claim.Id).AppendValue(claim.Claimant).AppendValue(claim.Incident)
                .AppendValue(claim.Modality.ToString()).AppendValue(claim.Statements.Count).EndRow();
            foreach (var revised in claim.Supersedes.Concat(claim.Retracts))
            {
                revisions.CreateRow().AppendValue(revised).EndRow();
            }

            for (var position = 0; position < claim.Statements.Count; position++)
            {
                var statement = claim.Statements[position];
                AppendStatement(statements.CreateRow(), entry, claim.Id, position, statement).EndRow();
                foreach (var actor in Actors(statement))
                {
                    actors.CreateRow().AppendValue(entry).AppendValue(actor).EndRow();
                }

                foreach (var target in TargetCoverage(statement))
                {
                    targets.CreateRow().AppendValue(entry).AppendValue(target.Kind.ToString()).AppendValue(target.Name).EndRow();
                }

                entry++;
            }
        }
    }

    private static IDuckDBAppenderRow AppendStatement(IDuckDBAppenderRow row, int entry, string claim, int position, Statement statement)
    {
        row.AppendValue(entry).AppendValue(claim).AppendValue(position).AppendValue(statement.Kind.ToString()).AppendValue(statement.Modality?.ToString());
        var quantity = statement as QuantityStatement;
        var figure = quantity?.Figure;
        if (figure is { Cumulative: true })
        {
            throw new NotSupportedException($"The SQL peer does not model running totals (claim {claim}).");
        }

        var period = quantity?.Period;
        if (period is not null && (period.Relative is not null || period.Start is null || period.End is null))
        {
            throw new NotSupportedException($"The SQL peer compares only explicit quantity periods (start and end; claim {claim}).");
        }

        return row
            .AppendValue(statement is PresenceStatement presence ? presence.Present : null)
            .AppendValue(statement is ResponsibilityStatement responsibility ? responsibility.Intent.ToString() : null)
            .AppendValue(figure?.Measure)
            .AppendValue(quantity?.Subject)
            .AppendValue(figure?.Unit)
            .AppendValue(figure?.Qualifier.ToString())
            .AppendValue(figure?.Value)
            .AppendValue(figure?.UpperValue)
            .AppendValue(figure?.Vague?.ToString())
            .AppendValue(figure?.Per)
            .AppendValue(period?.Start?.UtcTicks)
            .AppendValue(period?.End?.UtcTicks);
    }

    private static void LoadDenials(DuckDBConnection connection, ClaimDocument document)
    {
        using var denials = connection.CreateAppender("denial");
        using var actors = connection.CreateAppender("denial_actor");
        using var targets = connection.CreateAppender("denial_target");
        using var named = connection.CreateAppender("denied_claim");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var denial in document.Denials)
        {
            if (!seen.Add(denial.Id))
            {
                continue;
            }

            var statement = denial.Statement;
            denials.CreateRow().AppendValue(denial.Id).AppendValue(denial.Claimant).AppendValue(denial.Incident)
                .AppendValue(denial.Modality.ToString()).AppendValue(denial.Denies.ToString())
                .AppendValue(statement?.Kind.ToString())
                .AppendValue(statement is PresenceStatement presence ? presence.Present : null)
                .AppendValue((statement as QuantityStatement)?.Figure.Measure)
                .AppendValue((statement as QuantityStatement)?.Subject)
                .AppendValue(statement is ResponsibilityStatement r ? r.Targets.Count : 0)
                .EndRow();
            if (statement is not null)
            {
                foreach (var actor in Actors(statement))
                {
                    actors.CreateRow().AppendValue(denial.Id).AppendValue(actor).EndRow();
                }

                foreach (var target in TargetCoverage(statement))
                {
                    targets.CreateRow().AppendValue(denial.Id).AppendValue(target.Kind.ToString()).AppendValue(target.Name).EndRow();
                }
            }

            foreach (var reference in denial.DeniedClaims)
            {
                // "c-1" names the claim, "c-1#2" its statement 2; a malformed position names nothing (-1).
                var parsed = StatementReference.TryParse(reference ?? string.Empty, out var claim, out var position);
                named.CreateRow().AppendValue(denial.Id).AppendValue(claim).AppendValue(parsed ? position : -1).EndRow();
            }
        }
    }

    private static void LoadPolicy(DuckDBConnection connection, FigurePolicy policy)
    {
        using (var units = connection.CreateAppender("unit_def"))
        {
            foreach (var (unit, definition) in policy.Units)
            {
                units.CreateRow().AppendValue(unit).AppendValue(definition.Dimension).AppendValue(definition.Factor).AppendValue(definition.Continuous).EndRow();
            }
        }

        using (var vague = connection.CreateAppender("vague_bounds"))
        {
            foreach (var (word, bounds) in policy.VagueBounds)
            {
                vague.CreateRow().AppendValue(word.ToString()).AppendValue(bounds.Lower).AppendValue(bounds.Upper).EndRow();
            }
        }

        using var row = connection.CreateAppender("policy");
        row.CreateRow().AppendValue(policy.ApproximateTolerance).AppendValue((decimal)policy.NearlyWidth)
            .AppendValue((decimal)policy.RoundingWidthScale).AppendValue(policy.DiscrepancyMaxRelativeGap).EndRow();
    }

    /// <summary>The actors a responsibility or presence statement names.</summary>
    private static ValueList<string> Actors(Statement statement) => statement switch
    {
        ResponsibilityStatement r => r.Actors,
        PresenceStatement p => p.Actors,
        _ => default,
    };

    /// <summary>The targets a responsibility or target statement names.</summary>
    private static ValueList<Target> TargetCoverage(Statement statement) => statement switch
    {
        ResponsibilityStatement r => r.Targets,
        TargetStatement t => t.Targets,
        _ => default,
    };

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
