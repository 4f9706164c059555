namespace Scholarly.Parsing.Tests.Support;

/// <summary>Pages of other kinds that no paper-page format should claim.</summary>
internal static class DetectionSamples
{
    /// <summary>The seed pages, which no interchange format (BibTeX, RIS) should claim.</summary>
    public static TheoryData<string> SeedFiles => new()
    {
        "Seeds/000_5beb213020b92186.txt",
        "Seeds/001_87569abedee599f0.txt",
        "Seeds/002_dbfa5769a9e7e24b.txt",
        "Seeds/003_c96f94fe17ff7e02.txt",
        "Seeds/004_9cc558a792950015.txt",
    };

    public const string NewsProse =
        "City council approves new cycling lanes\n"
        + "March 18, 2025\n"
        + "By a staff reporter\n\n"
        + "The city council voted on Tuesday to approve a network of protected cycling lanes across the centre, "
        + "ending a debate that lasted more than two years. Supporters said the lanes would make streets safer, "
        + "while some shop owners worried about the loss of parking spaces.\n\n"
        + "The first lanes are expected to open in the summer. The council said it would publish a summary of the "
        + "findings of its traffic study before construction begins.\n\n"
        + "Summary\n"
        + "The council approved the lanes; work starts in the summer.\n";

    public const string Json =
        "{\n  \"title\": \"Attention Is All You Need\",\n  \"authors\": [\"Ashish Vaswani\", \"Noam Shazeer\"],\n"
        + "  \"abstract\": \"The dominant sequence transduction models are based on complex recurrent networks.\",\n"
        + "  \"categories\": [\"cs.CL\", \"cs.LG\"],\n  \"date\": \"2017-06-12\"\n}\n";

    public const string Csv =
        "title,authors,year,category\n"
        + "Attention Is All You Need,\"Vaswani, Shazeer\",2017,cs.CL\n"
        + "BERT,\"Devlin, Chang\",2019,cs.CL\n"
        + "Findings,Abstract,2020,cs.AI\n";
}
