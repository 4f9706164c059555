using CsCheck;
using Scholarly.Parsing.Formats.Bibtex;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Serialization;
using Scholarly.Parsing.Tests.Support;
using Xunit.Abstractions;

namespace Scholarly.Parsing.Tests.Formats.Bibtex;

/// <summary>
/// For every paper made only of what BibTeX can hold, reading what the writer wrote gives the paper
/// back. Seeded, so a run is reproducible; a failure prints CsCheck's seed (set CsCheck_Seed to replay it).
/// </summary>
public sealed class BibtexRoundTripPropertyTests(ITestOutputHelper output)
{
    private const string Seed = "0N0XIzNsQ0O2";

    private static readonly string[] s_words =
    [
        "robust", "learning", "of", "the", "and", "parsing", "for", "50%", "C#", "A&B", "x_1", "$5", "~tilde", "a^b",
        "back\\slash", "{brace}", "Éire", "Straße", "naïve", "1–10", "—", "--", "''quoted''", "``open``", "“curly”",
        "https://example.org/a_b%20c", "α-study", "don't", "e.g.", "(parenthesised)", "#1", "über-", "Zürich", "日本語",
    ];

    // Acronyms a title protects: none is part of another or of a lowercase word.
    private static readonly string[] s_protected = ["BERT", "GLUE", "NLP", "ImageNet", "COVID-19", "Euler"];

    private static readonly string[] s_types = ["article", "inproceedings", "incollection", "book", "phdthesis", "techreport", "misc", "software"];

    private static readonly Gen<string> s_text = Gen.OneOf(s_words).List[1, 8].Select(w => string.Join(' ', w));

    private static readonly Gen<string?> s_optionalText = Gen.Frequency((1, Gen.Const((string?)null)), (2, s_text.Select(t => (string?)t)));

    private static readonly Gen<(string Title, string[] Spans)> s_title =
        Gen.Select(Gen.OneOf(s_words).List[0, 6], Gen.OneOf(s_protected).List[0, 3], Gen.Int[0, 1000])
            .Select((words, acronyms, shuffle) =>
            {
                var all = words.Concat(acronyms).OrderBy(w => (w.GetHashCode(StringComparison.Ordinal) ^ shuffle) & 0xFF).ThenBy(w => w, StringComparer.Ordinal).ToList();
                if (all.Count == 0)
                {
                    all.Add("Untitled");
                }

                var title = string.Join(' ', all);
                var spans = s_protected.Where(acronyms.Contains).OrderBy(a => title.IndexOf(a, StringComparison.Ordinal)).ToArray();
                return (title, spans);
            });

    private static readonly Gen<PersonName> s_name = Gen.Select(
        Gen.Int[0, 5],
        Gen.OneOf("Jörg", "MiHyeon", "Ada", "R. B.", "Jean-Paul", "Lucía", "Ôdile"),
        Gen.OneOf("Müller", "Kim", "Park", "Al-Onaizan", "O'Neil", "Straße", "Čapek"),
        Gen.OneOf("van", "de la", "von", "van der"),
        Gen.OneOf("Barack Obama", "Association for Computational Linguistics", "R&D Team"))
        .Select((form, given, family, particle, corporate) => form switch
        {
            0 => new PersonName { Written = $"{given} {family}", Given = given, Family = family },
            1 => new PersonName { Written = $"{family}, {given}", Given = given, Family = family },
            2 => new PersonName { Written = $"{particle} {family}, {given}", Given = given, Particle = particle, Family = family },
            3 => new PersonName { Written = $"{given} {particle} {family}", Given = given, Particle = particle, Family = family },
            4 => new PersonName { Written = $"{family}, Jr., {given}", Given = given, Family = family, Suffix = "Jr." },
            _ => new PersonName { Written = corporate, Family = corporate },
        });

    private static readonly Gen<PublicationDate?> s_date = Gen.Select(Gen.Int[0, 2], Gen.Int[1900, 2030], Gen.Int[1, 12], Gen.Int[1, 28])
        .Select((precision, year, month, day) => precision switch
        {
            0 => (PublicationDate?)null,
            1 => PublicationDate.FromYear(year),
            _ => day % 2 == 0 ? PublicationDate.FromDate(year, month, day) : new PublicationDate { Year = year, Month = month },
        });

    private static readonly Gen<ExtraField[]> s_extras = Gen.Select(
            Gen.OneOf("note", "address", "editor", "isbn", "series", "author+an", "dc.date").List[0, 3],
            Gen.OneOf("Camera-ready \\& final", "Miami, Florida, USA", "{IEEE}", "1=highlight", "Kim, A. and Park, B.", "multi\nline"))
        .Select((names, value) => names.Distinct().Select(n => new ExtraField(n, value)).ToArray());

    private static readonly Gen<Paper> s_paper = Gen.Select(
            Gen.Select(Gen.OneOf(s_types), Gen.Int[0, 99999], s_title, s_name.List[0, 4], Gen.Bool),
            Gen.Select(s_date, s_optionalText, s_optionalText, Gen.OneOf<string?>(null, "12", "n.s. 2"), Gen.OneOf<string?>(null, "3"), Gen.OneOf<string?>(null, "12–23", "e0815", "1-10")),
            Gen.Select(Gen.OneOf<string?>(null, "10.18653/v1/2024.emnlp-main.907", "10.1000/x_y"), Gen.OneOf<string?>(null, "2505.06889"), Gen.OneOf<string?>(null, "https://aclanthology.org/2024.emnlp-main.907/")),
            Gen.Select(s_optionalText, Gen.OneOf("neural networks", "Zürich", "C# & F#", "50%").List[0, 3], s_extras))
        .Select((head, venueParts, ids, rest) =>
        {
            var (type, keyNumber, title, authors, truncated) = head;
            var (date, venueName, publisher, volume, issue, pages) = venueParts;
            var (doi, arxiv, url) = ids;
            var (abstractText, keywords, extras) = rest;
            var identifiers = new List<Identifier> { new(IdentifierSchemes.Bibtex, "key" + keyNumber) };
            if (doi is not null)
            {
                identifiers.Add(new Identifier(IdentifierSchemes.Doi, doi));
            }

            if (arxiv is not null)
            {
                identifiers.Add(new Identifier(IdentifierSchemes.Arxiv, arxiv));
            }

            var venue = venueName is null && publisher is null && volume is null && issue is null
                ? null
                : new Venue { Name = venueName ?? "", Kind = BibtexEntryTypes.KindOf(type), Publisher = publisher, Volume = volume, Issue = issue };
            return new Paper
            {
                Title = title.Title,
                ProtectedTitleSpans = [.. title.Spans],
                Authors = [.. authors],
                AuthorsTruncated = truncated && authors.Count > 0,
                EntryType = type,
                Venue = venue,
                Date = date,
                Pages = pages,
                Identifiers = [.. identifiers],
                Links = url is null ? default : [new Link { Kind = LinkKind.Page, Url = url }],
                Abstract = abstractText is null ? null : new PaperAbstract { Text = abstractText },
                Keywords = [.. keywords],
                ExtraFields = [.. extras],
            };
        });

    [Fact]
    public void ParseOfWrite_PaperBibtexCanHold_GivesThePaperBack()
    {
        s_paper.Sample(paper =>
        {
            var bib = BibtexWriter.Write(paper);
            var document = PaperParser.Parse(bib, BibtexFormat.FormatId, Fixture.FixedOptions);
            var read = Assert.Single(document.Papers);
            read = read with { Source = null, Abstract = read.Abstract is null ? null : read.Abstract with { Raw = null } };
            if (read != paper)
            {
                Assert.Fail($"The paper read back differs.\n--- written:\n{bib}\n--- expected:\n{ScholarlyJson.Serialize(paper)}\n--- read:\n{ScholarlyJson.Serialize(read)}");
            }
        }, writeLine: output.WriteLine, seed: Seed, iter: 2_000, threads: 1);
    }
}
