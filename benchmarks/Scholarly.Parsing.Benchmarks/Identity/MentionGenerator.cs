using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Benchmarks.Identity;

/// <summary>
/// Generates documents with a given number of author mentions, deterministically: people drawn from a
/// skewed family-name distribution (many Kim, Lee, Park, Wang, Zhang, Smith), each with a few spellings
/// (initials, a dropped middle name, hyphenation, family name first), grouped in labs whose members write
/// papers together, so coauthors are shared. 4 authors per paper, 500 papers per document.
/// </summary>
public static class MentionGenerator
{
    private const int AuthorsPerPaper = 4;
    private const int PapersPerDocument = 500;
    private const int LabSize = 12;

    private static readonly string[] Families =
    [
        "Kim", "Lee", "Park", "Wang", "Zhang", "Smith", "Li", "Liu", "Chen", "Yang", "Nguyen", "Choi", "Huang", "Zhao",
        "Müller", "Schmidt", "García", "Martin", "Johnson", "Brown", "Jung", "Kang", "Cho", "Yoon", "Sato", "Suzuki",
        "Tanaka", "Rossi", "Novak", "Kowalski", "Dubois", "Silva", "Santos", "Ivanov", "Singh", "Kumar", "Sharma", "Cohen",
        "Schütze", "van der Berg", "O'Neill", "Zhou", "Wu", "Xu", "Sun", "Ma", "Hu", "Guo", "He", "Lin",
    ];

    private static readonly string[] Givens =
    [
        "Mihyeon", "Junehyoung", "Youngbin", "Seungjae", "Kyungwoo", "Yang", "Qi", "Jing", "Wei", "Hao", "Yifan", "Xin",
        "John", "Mary", "Anna", "David", "Michael", "Sarah", "Hinrich", "Shay", "Felicia", "Ludwig", "Maria", "José",
        "Hyunwoo", "Hyunjung", "Ji-Hoon", "Min-Jun", "Seo-Yeon", "Tuan", "Anh", "Ai Ti", "Chen", "Lei", "Yue", "Rui",
        "Pierre", "Élodie", "Luca", "Giulia", "Piotr", "Olga", "Raj", "Priya", "Arjun", "Takeshi", "Yuki", "Kenji",
    ];

    private static readonly string[] Middles = ["", "", "", "", "B.", "J.", "Anne", "Lee", "Xin", "K."];

    /// <summary>Generates documents holding <paramref name="mentions"/> author mentions (rounded up to whole papers).</summary>
    public static List<ParsedDocument> Generate(int mentions, int seed = 17)
    {
        var random = new Random(seed);
        var peopleCount = Math.Max(10, mentions / 8);
        var people = new PersonName[peopleCount][];
        for (var p = 0; p < peopleCount; p++)
        {
            people[p] = Spellings(random);
        }

        var documents = new List<ParsedDocument>();
        var papers = new List<Paper>(PapersPerDocument);
        var labs = Math.Max(1, peopleCount / LabSize);
        var paperCount = (mentions + AuthorsPerPaper - 1) / AuthorsPerPaper;
        for (var i = 0; i < paperCount; i++)
        {
            var lab = random.Next(labs);
            var authors = new PersonName[AuthorsPerPaper];
            var chosen = new HashSet<int>();
            for (var a = 0; a < AuthorsPerPaper; a++)
            {
                // Mostly lab members, sometimes anyone.
                int person;
                do
                {
                    person = random.Next(10) < 8 ? Math.Min(peopleCount - 1, lab * LabSize + random.Next(LabSize)) : random.Next(peopleCount);
                }
                while (!chosen.Add(person));

                var spellings = people[person];
                authors[a] = spellings[random.Next(10) < 7 ? 0 : random.Next(spellings.Length)];
            }

            papers.Add(new Paper
            {
                Title = $"Study {i}: {Givens[random.Next(Givens.Length)]} models for {Families[random.Next(Families.Length)]} graphs ({i})",
                Authors = [.. authors],
                Date = PublicationDate.FromYear(2000 + random.Next(26)),
            });
            if (papers.Count == PapersPerDocument || i == paperCount - 1)
            {
                documents.Add(new ParsedDocument { FormatId = "generated", Papers = [.. papers], Source = new SourceInfo { FormatId = "generated", Uri = new Uri($"https://example.org/{documents.Count}") } });
                papers.Clear();
            }
        }

        return documents;
    }

    private static PersonName[] Spellings(Random random)
    {
        // Skewed: a third of the people share the six most frequent family names.
        var family = random.Next(3) == 0 ? Families[random.Next(6)] : Families[random.Next(Families.Length)];
        var given = Givens[random.Next(Givens.Length)];
        var middle = Middles[random.Next(Middles.Length)];
        var full = middle.Length == 0 ? $"{given} {family}" : $"{given} {middle} {family}";
        var variants = new List<string> { full };
        switch (random.Next(5))
        {
            case 0:
                variants.Add($"{given[0]}. {family}");
                break;
            case 1:
                variants.Add($"{given} {family}");
                break;
            case 2:
                variants.Add($"{given.Replace("-", "", StringComparison.Ordinal)} {family}");
                break;
            case 3:
                variants.Add($"{family} {given}");
                break;
            default:
                break;
        }

        return [.. variants.Distinct(StringComparer.Ordinal).Select(PersonName.Parse)];
    }
}
