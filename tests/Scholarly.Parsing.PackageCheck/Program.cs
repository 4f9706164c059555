using Scholarly.Parsing.PackageCheck;

// Usage: Scholarly.Parsing.PackageCheck <folder with the packages> <version>
// Exit codes: 0 every check passed, 1 a check failed, 2 bad arguments or missing packages.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Scholarly.Parsing.PackageCheck <packages folder> <version>");
    return 2;
}

var package = Path.Combine(args[0], $"Scholarly.Parsing.{args[1]}.nupkg");
var symbols = Path.ChangeExtension(package, ".snupkg");
foreach (var file in new[] { package, symbols })
{
    if (!File.Exists(file))
    {
        Console.Error.WriteLine($"error: {file} does not exist; run dotnet pack first");
        return 2;
    }
}

var problems = PackageChecks.Run(package, symbols);
foreach (var problem in problems)
{
    Console.Error.WriteLine($"error: {problem}");
}

Console.WriteLine(problems.Count == 0
    ? $"Package checks passed: {Path.GetFileName(package)} and {Path.GetFileName(symbols)}."
    : $"{problems.Count} package check(s) failed.");
return problems.Count == 0 ? 0 : 1;
