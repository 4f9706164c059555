using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Identity;

/// <summary>Merges the records of one paper field by field, remembering which record gave each field.</summary>
internal static class PaperMerger
{
    public static (Paper Paper, int AuthorRecord, List<FieldSource> Sources) Merge(IReadOnlyList<PaperRecord> records)
    {
        // The primary record is the one that knows where the paper was published; its title is the official one.
        var ordered = records
            .Select((record, index) => (record, index))
            .OrderByDescending(x => VenueRank(x.record.Paper.Venue))
            .ThenBy(x => x.index)
            .Select(x => x.record)
            .ToList();
        var primary = ordered[0];
        var sources = new List<FieldSource>();

        void Took(string field, PaperRecord record) =>
            sources.Add(new FieldSource { Field = field, DocumentId = record.DocumentId, PaperIndex = record.PaperIndex, Source = record.Paper.Source });

        Took("title", primary);

        var authorsFrom = ordered
            .Where(r => !r.Paper.Authors.IsEmpty)
            .OrderBy(r => r.Paper.AuthorsTruncated)
            .ThenByDescending(r => r.Paper.Authors.Count)
            .FirstOrDefault() ?? primary;
        Took("authors", authorsFrom);

        var venueFrom = ordered.FirstOrDefault(r => r.Paper.Venue is not null);
        if (venueFrom is not null)
        {
            Took("venue", venueFrom);
        }

        var dateFrom = primary.Paper.Date is not null ? primary
            : ordered.Where(r => r.Paper.Date is not null).OrderByDescending(r => r.Paper.Date!.Precision).FirstOrDefault();
        if (dateFrom is not null)
        {
            Took("date", dateFrom);
        }

        var abstractFrom = ordered
            .Where(r => r.Paper.Abstract is not null)
            .OrderBy(r => r.Paper.Abstract!.IsTruncated)
            .ThenBy(r => r.Paper.Abstract!.Language is null or "en" ? 0 : 1)
            .ThenByDescending(r => r.Paper.Abstract!.Text.Length)
            .FirstOrDefault();
        if (abstractFrom is not null)
        {
            Took("abstract", abstractFrom);
        }

        var summaryFrom = ordered.FirstOrDefault(r => r.Paper.Summary is not null);
        if (summaryFrom is not null)
        {
            Took("summary", summaryFrom);
        }

        var translations = new List<PaperTranslation>();
        foreach (var record in ordered)
        {
            foreach (var translation in record.Paper.Translations)
            {
                if (!translations.Any(t => t.Language == translation.Language))
                {
                    translations.Add(translation);
                    Took("translations", record);
                }
            }
        }

        var pagesFrom = ordered.FirstOrDefault(r => r.Paper.Pages is not null);
        if (pagesFrom is not null)
        {
            Took("pages", pagesFrom);
        }

        // Starting from the primary record keeps its record-specific fields (entry type, extra fields, note).
        var merged = primary.Paper with
        {
            Title = primary.Paper.Title,
            Language = primary.Paper.Language ?? ordered.Select(r => r.Paper.Language).FirstOrDefault(l => l is not null),
            Authors = authorsFrom.Paper.Authors,
            AuthorsTruncated = authorsFrom.Paper.AuthorsTruncated,
            AuthorAffiliations = authorsFrom.Paper.AuthorAffiliations,
            Affiliations = Union(ordered, p => p.Affiliations, "affiliations", Took),
            Venue = venueFrom?.Paper.Venue,
            Pages = pagesFrom?.Paper.Pages,
            Date = dateFrom?.Paper.Date,
            Abstract = abstractFrom?.Paper.Abstract,
            Translations = [.. translations],
            Categories = Union(ordered, p => p.Categories, "categories", Took),
            Identifiers = Union(ordered, p => p.Identifiers, "identifiers", Took),
            Links = Union(ordered, p => p.Links, "links", Took),
            Summary = summaryFrom?.Paper.Summary,
            Topics = Union(ordered, p => p.Topics, "topics", Took),
            Methods = Union(ordered, p => p.Methods, "methods", Took),
            PeerReviews = Union(ordered, p => p.PeerReviews, "peerReviews", Took),
            Keywords = Union(ordered, p => p.Keywords, "keywords", Took),
            Metrics = Union(ordered, p => p.Metrics, "metrics", Took),
            Versions = Union(ordered, p => p.Versions, "versions", Took),
            Source = primary.Paper.Source,
        };

        return (merged, records.ToList().IndexOf(authorsFrom), sources);
    }

    private static EquatableArray<T> Union<T>(List<PaperRecord> records, Func<Paper, EquatableArray<T>> field, string name, Action<string, PaperRecord> took)
    {
        var items = new List<T>();
        foreach (var record in records)
        {
            var added = false;
            foreach (var item in field(record.Paper))
            {
                if (!items.Contains(item))
                {
                    items.Add(item);
                    added = true;
                }
            }

            if (added)
            {
                took(name, record);
            }
        }

        return [.. items];
    }

    private static int VenueRank(Venue? venue) => venue?.Kind switch
    {
        null => 0,
        VenueKind.Unknown or VenueKind.Other => 1,
        VenueKind.Preprint => 2,
        _ => 3,
    };
}
