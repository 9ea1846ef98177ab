using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>One mark on an incident's timeline: when the incident happened, or when a claim or denial of its
/// disputes was stated (its first report's publication when it says no time), resolved in its zone.</summary>
/// <param name="Label">What the mark is: "incident", or the claim or denial reference.</param>
/// <param name="Voice">The voice that stated it; <see langword="null"/> for the incident.</param>
/// <param name="Basis">"happened", "stated" or "published" (the statement time unknown, the publication used).</param>
/// <param name="Time">The resolved interval; <see langword="null"/> when it cannot be resolved.</param>
/// <param name="Text">The time in words: the resolved interval with its zone, else the reported words.</param>
internal sealed record TimelineEntry(string Label, string? Voice, string Basis, ResolvedTime? Time, string Text);
