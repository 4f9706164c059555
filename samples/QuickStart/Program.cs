// QuickStart: parse scholarly pages and print what was read.
//   dotnet run --project samples/QuickStart                 the built-in example pages
//   dotnet run --project samples/QuickStart -- --json       the same, as JSON
//   dotnet run --project samples/QuickStart -- page.txt     your own pages (add --json for JSON)
//   dotnet run --project samples/QuickStart -- --bibtex     as BibTeX (--csl: as CSL-JSON)
using Humanizer;
using Scholarly.Parsing;
using Scholarly.Parsing.Formats.Bibtex;
using Scholarly.Parsing.Identity;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.QuickStart;
using Scholarly.Parsing.Serialization;

var json = args.Contains("--json");
var bibtex = args.Contains("--bibtex");
var csl = args.Contains("--csl");
var files = args.Where(a => a is not ("--json" or "--bibtex" or "--csl")).ToList();
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine("usage: QuickStart [--json | --bibtex | --csl] [page.txt ...]   (no pages: the built-in examples)");
    return 0;
}

List<(string Name, string Text)> pages;
if (files.Count == 0)
{
    pages = ExamplePages.Load();
}
else
{
    pages = [];
    foreach (var file in files)
    {
        try
        {
            pages.Add((file, File.ReadAllText(file)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"error: cannot read '{file}': {ex.Message}");
            return 1;
        }
    }
}

var documents = pages.Select(p => (p.Name, Document: PaperParser.Parse(p.Text))).ToList();
if (bibtex || csl)
{
    // One bibliography of every page's papers, so citation keys are unique across them.
    var papers = documents.SelectMany(d => d.Document.Papers).ToList();
    Console.Write(bibtex ? BibtexWriter.Write(papers) : CslJson.Serialize(papers) + "\n");
    return 0;
}

if (json)
{
    foreach (var (_, document) in documents)
    {
        Console.WriteLine(ScholarlyJson.Serialize(document));
    }

    return 0;
}

foreach (var (name, document) in documents)
{
    Console.WriteLine(Summary.Describe(name, document));
}

Console.WriteLine(Resolution.Describe(new IdentityResolver().Resolve(documents.Select(d => d.Document))));

var pageCount = "page".ToQuantity(documents.Count);
var paperCount = "paper".ToQuantity(documents.Sum(d => d.Document.Papers.Count));
Console.WriteLine($"Read {pageCount} with {paperCount}.");
return 0;
