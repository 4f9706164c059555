using Scholarly.Parsing;
using Scholarly.Parsing.AotSmoke;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Serialization;

// Usage: Scholarly.Parsing.AotSmoke <file or folder>...
// Prints, for every page (folders are read recursively, in ordinal order of their paths), a "# <path>"
// line and the parsed document's JSON, then checks that the JSON reads back to an equal document.
// Exit codes: 0 all pages parsed and round-tripped, 1 a round trip failed, 2 bad arguments.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Scholarly.Parsing.AotSmoke <file or folder>...");
    return 2;
}

// A fixed clock, so years inferred from "today" are the same in every run and build.
var options = new ParseOptions { TimeProvider = new FixedClock(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)) };
var failures = 0;
foreach (var (path, shownPath) in Pages.Find(args))
{
    var document = PaperParser.Parse(File.ReadAllText(path), options);
    var json = ScholarlyJson.Serialize(document);
    Console.Out.Write($"# {shownPath}\n{json}\n");

    if (!ScholarlyJson.Deserialize<ParsedDocument>(json).Equals(document))
    {
        Console.Error.WriteLine($"error: {shownPath}: the JSON does not read back to an equal document");
        failures++;
    }
}

return failures == 0 ? 0 : 1;
