namespace ClaimModel.Benchmarks.SqlPeer;

/// <summary>The flattened tables the SQL peer loads a document into: one row per actor, affiliation, claim,
/// statement, statement actor and target, denial, denied actor and target, named claim (<c>claimId</c> or
/// <c>claimId#n</c>) and revised claim, plus the figure policy's unit and vague-word tables. Enum values are
/// stored by name (<c>'Responsibility'</c>), numbers as <c>DECIMAL(18, 6)</c> (exact, as reported), periods as
/// UTC ticks. Nothing is derived here: sides, intervals and matches are computed by the queries.</summary>
public static class SqlPeerSchema
{
    /// <summary>The <c>CREATE TABLE</c> statements, in load order.</summary>
    public static readonly string[] Tables =
    [
        "CREATE TABLE actor (id VARCHAR NOT NULL)",
        "CREATE TABLE affiliation (child VARCHAR NOT NULL, parent VARCHAR NOT NULL)",
        "CREATE TABLE claim (claim_id VARCHAR NOT NULL, claimant VARCHAR NOT NULL, incident VARCHAR, modality VARCHAR NOT NULL, statements INTEGER NOT NULL)",
        "CREATE TABLE revision (claim_id VARCHAR NOT NULL)",
        "CREATE TABLE stmt (entry INTEGER NOT NULL, claim_id VARCHAR NOT NULL, pos INTEGER NOT NULL, kind VARCHAR NOT NULL, modality VARCHAR, "
            + "present BOOLEAN, intent VARCHAR, measure VARCHAR, subject VARCHAR, unit VARCHAR, qualifier VARCHAR, "
            + "value DECIMAL(18, 6), upper_value DECIMAL(18, 6), vague VARCHAR, per VARCHAR, period_start BIGINT, period_end BIGINT)",
        "CREATE TABLE stmt_actor (entry INTEGER NOT NULL, actor VARCHAR NOT NULL)",
        "CREATE TABLE stmt_target (entry INTEGER NOT NULL, kind VARCHAR NOT NULL, name VARCHAR)",
        "CREATE TABLE denial (denial_id VARCHAR NOT NULL, claimant VARCHAR NOT NULL, incident VARCHAR, modality VARCHAR NOT NULL, denies VARCHAR NOT NULL, "
            + "kind VARCHAR, present BOOLEAN, measure VARCHAR, subject VARCHAR, targets INTEGER NOT NULL)",
        "CREATE TABLE denial_actor (denial_id VARCHAR NOT NULL, actor VARCHAR NOT NULL)",
        "CREATE TABLE denial_target (denial_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, name VARCHAR)",
        "CREATE TABLE denied_claim (denial_id VARCHAR NOT NULL, claim_id VARCHAR NOT NULL, pos INTEGER)",
        "CREATE TABLE unit_def (unit VARCHAR NOT NULL, dimension VARCHAR NOT NULL, factor DOUBLE NOT NULL, continuous BOOLEAN NOT NULL)",
        "CREATE TABLE vague_bounds (word VARCHAR NOT NULL, lower_bound DOUBLE NOT NULL, upper_bound DOUBLE NOT NULL)",
        "CREATE TABLE policy (approximate DOUBLE NOT NULL, nearly DECIMAL(9, 6) NOT NULL, rounding_scale DECIMAL(9, 6) NOT NULL, discrepancy DOUBLE NOT NULL)",
    ];
}
