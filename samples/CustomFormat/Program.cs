// CustomFormat: a user's own format plugin, registered next to the built-in formats.
//   dotnet run --project samples/CustomFormat
using Scholarly.Parsing;
using Scholarly.Parsing.Samples.CustomFormat;

// Build the pipeline once and share it: it is immutable and thread-safe.
var pipeline = new ParserPipelineBuilder()
    .AddBuiltInFormats()
    .Add(new DblpPublicationListFormat())
    .Build();

using var stream = typeof(DblpPublicationListFormat).Assembly.GetManifestResourceStream("example-dblp.txt")!;
var document = pipeline.Parse(stream);

Console.WriteLine($"{document.Subject?.Name} — read as {document.FormatId} ({document.Detection?.Reason})");
foreach (var paper in document.Papers)
{
    Console.WriteLine($"  {paper.Date} {paper.Title} — {paper.Venue} [{paper.Venue?.Kind}]");
}

foreach (var diagnostic in document.Diagnostics)
{
    Console.WriteLine($"  {diagnostic}");
}
