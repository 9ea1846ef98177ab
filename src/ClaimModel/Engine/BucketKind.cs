namespace ClaimModel.Engine;

/// <summary>The families of buckets.</summary>
internal enum BucketKind
{
    /// <summary>Responsibility claims of one incident (conflicting responsibility).</summary>
    Responsibility,
    /// <summary>Negative presence claims by the actor whose presence is denied.</summary>
    Absence,
    /// <summary>Responsibility and positive presence claims, under each ancestor-or-self of the acting actor.</summary>
    Acting,
    /// <summary>Figures by incident, measure, dimension, subject and rate unit.</summary>
    Figure,
    /// <summary>Occurrence claims of one incident.</summary>
    Occurrence,
    /// <summary>Statement keys for denials: responsibility by actor.</summary>
    DeniableResponsibility,
    /// <summary>Statement keys for denials: presence by actor and present flag.</summary>
    DeniablePresence,
    /// <summary>Statement keys for denials: target by kind.</summary>
    DeniableTarget,
    /// <summary>Statement keys for denials: quantity by measure and subject.</summary>
    DeniableQuantity,
    /// <summary>Statement keys for denials: occurrence.</summary>
    DeniableOccurrence,
}
