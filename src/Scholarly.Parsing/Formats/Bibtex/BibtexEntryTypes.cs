using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>What the BibTeX and biblatex entry types mean for the model: the venue kind and the venue's field.</summary>
internal static class BibtexEntryTypes
{
    /// <summary>The kind of venue an entry type implies.</summary>
    public static VenueKind KindOf(string type) => type switch
    {
        "article" or "periodical" or "suppperiodical" => VenueKind.Journal,
        "inproceedings" or "conference" or "proceedings" or "mvproceedings" => VenueKind.Conference,
        "book" or "mvbook" or "inbook" or "bookinbook" or "suppbook" or "incollection" or "collection" or "mvcollection"
            or "suppcollection" or "booklet" or "reference" or "mvreference" or "inreference" => VenueKind.Book,
        "phdthesis" or "mastersthesis" or "thesis" => VenueKind.Thesis,
        "techreport" or "report" or "manual" or "misc" or "unpublished" or "online" or "electronic" or "www"
            or "software" or "dataset" or "patent" => VenueKind.Other,
        _ => VenueKind.Unknown,
    };

    /// <summary>The entry type that suits a venue kind, for papers that do not say their type.</summary>
    public static string TypeFor(VenueKind kind) => kind switch
    {
        VenueKind.Journal => "article",
        VenueKind.Conference or VenueKind.Findings or VenueKind.Workshop => "inproceedings",
        VenueKind.Book => "incollection",
        VenueKind.Thesis => "phdthesis",
        _ => "misc",
    };

    /// <summary>The field that names the venue for an entry type (what the writer writes <see cref="Venue.Name"/> to).</summary>
    public static string VenueFieldOf(string type) => type switch
    {
        "article" or "periodical" or "suppperiodical" => "journal",
        "phdthesis" or "mastersthesis" or "thesis" => "school",
        "techreport" or "report" => "institution",
        "misc" or "booklet" or "unpublished" or "online" or "electronic" or "www" => "howpublished",
        _ => "booktitle",
    };

    /// <summary>The fields that may name the venue, most telling first (what the reader reads <see cref="Venue.Name"/> from).</summary>
    public static readonly string[] VenueFields = ["journal", "journaltitle", "booktitle", "school", "institution", "howpublished"];
}
