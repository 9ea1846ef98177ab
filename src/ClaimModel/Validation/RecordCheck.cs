namespace ClaimModel.Validation;

/// <summary>The check of one member of a record (one rule of <see cref="RecordRules{T}"/>): reads what it needs
/// of <paramref name="record"/> and reports each failure to <paramref name="issues"/>.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <param name="issues">Where failures go; <see cref="RecordIssues.Member"/> is the member checked.</param>
/// <param name="record">The record (never <see langword="null"/>).</param>
internal delegate void RecordCheck<in TRecord>(ref RecordIssues issues, TRecord record);
