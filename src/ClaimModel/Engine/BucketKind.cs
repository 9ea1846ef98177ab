namespace ClaimModel.Engine;

/// <summary>The families of buckets.</summary>
internal enum BucketKind
{
    /// <summary>Responsibility claims of one incident (conflicting responsibility).</summary>
    Responsibility,
    /// <summary>Negative presence claims by incident and the actor whose presence is denied.</summary>
    AbsenceByIncident,
    /// <summary>Negative presence claims by actor and place name.</summary>
    AbsenceAtPlace,
    /// <summary>Negative presence claims by actor and each 1° grid cell their radius reaches.</summary>
    AbsenceInCell,
    /// <summary>Responsibility and positive presence claims by incident, under each actor they name (an absence looks
    /// them up under each descendant-or-self of its actor).</summary>
    ActingByIncident,
    /// <summary>Acting claims by place name, under each actor they name.</summary>
    ActingAtPlace,
    /// <summary>Acting claims by the 1° grid cell of their coordinates, under each actor they name.</summary>
    ActingInCell,
    /// <summary>Figures by incident, measure, dimension, subject and rate unit.</summary>
    Figure,
    /// <summary>Presence radii ("not within 12 miles") by incident, measure, dimension, actor and present flag.</summary>
    PresenceRadius,
    /// <summary>Occurrence claims of one incident.</summary>
    Occurrence,
    /// <summary>Target statements of one incident (target conflicts).</summary>
    Targets,
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
