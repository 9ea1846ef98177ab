namespace ClaimModel;

/// <summary>How precisely a place is known. JSON: kebab-case.</summary>
public enum PlacePrecision
{
    /// <summary>A specific site (a building).</summary>
    Site,
    /// <summary>A neighbourhood or district (Sukkari).</summary>
    Neighbourhood,
    /// <summary>A city or town (Aleppo).</summary>
    City,
    /// <summary>A province or region (Aleppo province, northern Syria).</summary>
    Region,
    /// <summary>A whole country.</summary>
    Country,
}
