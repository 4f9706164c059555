using System.Collections.Frozen;

namespace Scholarly.Parsing.Formats.Arxiv;

/// <summary>
/// The arXiv archives and subject classes the formats know, in one place: the researcher profile
/// resolves bare area codes (<c>LG</c>) with them, the multilingual paper page recognises category
/// lines (<c>cs.CL cs.LG</c>).
/// </summary>
internal static class ArxivTaxonomy
{
    /// <summary>
    /// The subject classes of the archives that have them, most preferred archive first (the order in
    /// which a bare code that several archives share is resolved).
    /// </summary>
    public static (string Archive, string[] Codes)[] SubjectClasses { get; } =
    [
        ("cs", Codes("AI AR CC CE CG CL CR CV CY DB DC DL DM DS ET FL GL GR GT HC IR IT LG LO MA MM MS NA NE NI OH OS PF PL RO SC SD SE SI SY")),
        ("stat", Codes("AP CO ME ML OT TH")),
        ("eess", Codes("AS IV SP SY")),
        ("math", Codes("AC AG AP AT CA CO CT CV DG DS FA GM GN GR GT HO IT KT LO MG MP NA NT OA OC PR QA RA RT SG SP ST")),
        ("q-bio", Codes("BM CB GN MN NC OT PE QM SC TO")),
        ("q-fin", Codes("CP EC GN MF PM PR RM ST TR")),
        ("econ", Codes("EM GN TH")),
    ];

    /// <summary>Archives whose categories take a subject class after a dot (<c>cs.AI</c>, <c>physics.optics</c>).</summary>
    public static FrozenSet<string> ArchivesWithSubjects { get; } = FrozenSet.ToFrozenSet(
    [
        "cs", "math", "stat", "eess", "econ", "q-bio", "q-fin", "physics", "astro-ph", "cond-mat", "nlin",
    ], StringComparer.Ordinal);

    /// <summary>Archives that are a category on their own (<c>hep-th</c>); some also take subject classes.</summary>
    public static FrozenSet<string> StandaloneArchives { get; } = FrozenSet.ToFrozenSet(
    [
        "hep-th", "hep-ph", "hep-ex", "hep-lat", "gr-qc", "quant-ph", "nucl-th", "nucl-ex", "math-ph", "astro-ph", "cond-mat", "nlin",
    ], StringComparer.Ordinal);

    /// <summary>Every archive.</summary>
    public static FrozenSet<string> Archives { get; } =
        ArchivesWithSubjects.Union(StandaloneArchives, StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_computerScience = FrozenSet.ToFrozenSet(SubjectClasses[0].Codes, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="code"/> is a subject class of computer science (<c>cs.LG</c>'s <c>LG</c>).</summary>
    public static bool IsComputerScienceSubject(string code) => s_computerScience.Contains(code);

    private static string[] Codes(string codes) => codes.Split(' ');
}
