namespace Scholarly.Parsing.Model;

/// <summary>Where a paper appeared: a conference, Findings volume, workshop, journal or preprint server.</summary>
public sealed record Venue
{
    /// <summary>The venue's full name as written, e.g. the full proceedings title.</summary>
    public string Name { get; init; } = "";

    /// <summary>The short name of the venue series, e.g. <c>NAACL</c>, <c>EMNLP</c>, <c>TACL</c>, when known.</summary>
    public string? Acronym { get; init; }

    /// <summary>The venue's year, when known.</summary>
    public int? Year { get; init; }

    /// <summary>What kind of venue this is.</summary>
    public VenueKind Kind { get; init; }

    /// <summary>The volume, e.g. <c>1</c> for <c>(Volume 1: Long Papers)</c> or <c>12</c> for a TACL volume.</summary>
    public string? Volume { get; init; }

    /// <summary>The track or part, e.g. <c>Long Papers</c>, <c>System Demonstrations</c>, <c>Industry Track</c>.</summary>
    public string? Track { get; init; }

    /// <summary>The issue number of a journal, when known.</summary>
    public string? Issue { get; init; }

    /// <summary>The publisher, when the page states it.</summary>
    public string? Publisher { get; init; }

    /// <summary>A short readable form such as <c>Findings of EMNLP 2023</c>, or the full name.</summary>
    public override string ToString()
    {
        if (Acronym is null)
        {
            return Name;
        }

        var core = Year is { } year ? $"{Acronym} {year}" : Acronym;
        return Kind == VenueKind.Findings ? "Findings of " + core : core;
    }
}
