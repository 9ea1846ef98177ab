namespace ClaimModel;

/// <summary>The intent a responsibility statement attributes to the act. JSON: kebab-case.</summary>
public enum Intent
{
    /// <summary>The statement says nothing about intent.</summary>
    Unstated,

    /// <summary>On purpose: "a deliberate strike on a known medical facility", "intentionally targeted".</summary>
    Deliberate,

    /// <summary>Without distinguishing targets: "indiscriminate bombing", "carpet bombing".</summary>
    Indiscriminate,

    /// <summary>By mistake: "an accidental strike", "hit in error".</summary>
    Accidental,
}
