using System.Globalization;
using ClaimModel.Engine;
using DuckDB.NET.Data;

namespace ClaimModel.Benchmarks.SqlPeer;

/// <summary>The SQL a user would write instead of the engine: an in-memory DuckDB database holding a document in
/// flattened tables (<see cref="SqlPeerLoader"/>) and <c>findings.sql</c>, which computes the
/// <see cref="SqlPeerKinds.Covered"/> finding kinds into the table <c>finding</c>, sorted in report order.</summary>
public sealed class DuckDbPeer : IDisposable
{
    private static readonly string[] Statements = ReadScript();

    private readonly DuckDBConnection _connection;

    private DuckDbPeer(DuckDBConnection connection) => _connection = connection;

    /// <summary>Opens an in-memory database and loads <paramref name="document"/> (not part of <see cref="Run"/>).</summary>
    /// <param name="document">The document.</param>
    /// <param name="policy">The figure policy; <see cref="FigurePolicy.Default"/> when <see langword="null"/>.</param>
    public static DuckDbPeer Load(ClaimDocument document, FigurePolicy? policy = null)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        try
        {
            connection.Open();
            SqlPeerLoader.Load(connection, document, policy ?? FigurePolicy.Default);
            return new DuckDbPeer(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Computes the findings with <paramref name="threads"/> DuckDB threads; returns how many there are.</summary>
    /// <param name="threads">DuckDB's <c>threads</c> setting.</param>
    public long Run(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        Execute(string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}"));
        foreach (var statement in Statements)
        {
            Execute(statement);
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM finding";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>As <see cref="Run"/>, timing each statement: the first line of each (the table it creates) and its
    /// wall-clock time.</summary>
    /// <param name="threads">DuckDB's <c>threads</c> setting.</param>
    public List<(string Statement, TimeSpan Time)> Profile(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        Execute(string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}"));
        var times = new List<(string, TimeSpan)>(Statements.Length);
        foreach (var statement in Statements)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            Execute(statement);
            var head = statement.Split('\n').First(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("--", StringComparison.Ordinal));
            times.Add((head, System.Diagnostics.Stopwatch.GetElapsedTime(start)));
        }

        return times;
    }

    /// <summary>The findings of the last <see cref="Run"/>, in the order of the table.</summary>
    public List<PeerFinding> ReadFindings()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT kind, severity, incident, first_id, first_pos, second_role, second_id, second_pos FROM finding";
        using var reader = command.ExecuteReader();
        var findings = new List<PeerFinding>();
        while (reader.Read())
        {
            var second = (ParticipantRole)reader.GetInt32(5);
            findings.Add(new PeerFinding(
                (FindingKind)reader.GetInt32(0),
                (Severity)reader.GetInt32(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                new PeerParticipant(ParticipantRole.Claim, reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)),
                new PeerParticipant(second, reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetInt32(7))));
        }

        return findings;
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The statements of <c>findings.sql</c> (each ends with a semicolon at the end of a line).</summary>
    private static string[] ReadScript()
    {
        using var stream = typeof(DuckDbPeer).Assembly.GetManifestResourceStream("ClaimModel.Benchmarks.SqlPeer.findings.sql")
            ?? throw new InvalidOperationException("findings.sql is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n").Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Split('\n').Any(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal) && line.Trim().Length > 0))
            .ToArray();
    }
}
