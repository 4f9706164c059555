using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Scholarly.Parsing.PackageCheck;

/// <summary>The checks on a packed .nupkg and its .snupkg; each failed check is one readable problem.</summary>
internal static partial class PackageChecks
{
    private static readonly string[] s_frameworks = ["net8.0", "net10.0"];

    // Custom debug information kinds of the portable pdb format.
    private static readonly Guid s_sourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid s_embeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    /// <summary>Runs every check and returns the problems found (none when the packages are right).</summary>
    public static List<string> Run(string packagePath, string symbolsPath)
    {
        var problems = new List<string>();
        using var package = ZipFile.OpenRead(packagePath);
        using var symbols = ZipFile.OpenRead(symbolsPath);

        var commit = CheckNuspec(package, problems);
        foreach (var framework in s_frameworks)
        {
            foreach (var file in new[] { "Scholarly.Parsing.dll", "Scholarly.Parsing.xml" })
            {
                if (package.GetEntry($"lib/{framework}/{file}") is null)
                {
                    problems.Add($"the package lacks lib/{framework}/{file}");
                }
            }
        }

        if (package.Entries.Any(entry => entry.FullName.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add("the package holds pdbs; they belong in the .snupkg");
        }

        var unexpected = symbols.Entries
            .Where(entry => entry.FullName.StartsWith("lib/", StringComparison.Ordinal) && !entry.FullName.EndsWith(".pdb", StringComparison.Ordinal))
            .Select(entry => entry.FullName)
            .ToList();
        if (unexpected.Count > 0)
        {
            problems.Add($"the .snupkg holds files other than pdbs: {string.Join(", ", unexpected)}");
        }

        foreach (var framework in s_frameworks)
        {
            var dll = package.GetEntry($"lib/{framework}/Scholarly.Parsing.dll");
            var pdb = symbols.GetEntry($"lib/{framework}/Scholarly.Parsing.pdb");
            if (pdb is null)
            {
                problems.Add($"the .snupkg lacks lib/{framework}/Scholarly.Parsing.pdb");
            }
            else if (dll is not null)
            {
                CheckSymbols(framework, ReadAll(dll), ReadAll(pdb), commit, problems);
            }
        }

        return problems;
    }

    /// <summary>Checks the nuspec's metadata and returns the commit its repository element names.</summary>
    private static string? CheckNuspec(ZipArchive package, List<string> problems)
    {
        var entry = package.GetEntry("Scholarly.Parsing.nuspec");
        if (entry is null)
        {
            problems.Add("the package lacks Scholarly.Parsing.nuspec");
            return null;
        }

        using var stream = entry.Open();
        var metadata = XDocument.Load(stream).Root?.Elements().FirstOrDefault(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata?.Elements().FirstOrDefault(element => element.Name.LocalName == name)?.Value;
        XElement? Element(string name) => metadata?.Elements().FirstOrDefault(element => element.Name.LocalName == name);

        if (Value("license") != "MIT" || Element("license")?.Attribute("type")?.Value != "expression")
        {
            problems.Add("the nuspec does not give the MIT license as an expression");
        }

        var readme = Value("readme");
        if (readme is null || package.GetEntry(readme) is null)
        {
            problems.Add($"the nuspec's readme '{readme}' is not in the package");
        }

        var repository = Element("repository");
        var url = repository?.Attribute("url")?.Value;
        var commit = repository?.Attribute("commit")?.Value;
        if (url is null || !url.StartsWith("https://", StringComparison.Ordinal))
        {
            problems.Add($"the nuspec's repository URL '{url}' is not an https address");
        }

        if (commit is null || !CommitPattern().IsMatch(commit))
        {
            problems.Add($"the nuspec's repository commit '{commit}' is not a git commit id");
            commit = null;
        }

        var groups = metadata?.Descendants().Where(element => element.Name.LocalName == "group")
            .Select(element => element.Attribute("targetFramework")?.Value).ToHashSet() ?? [];
        foreach (var framework in s_frameworks.Where(framework => !groups.Contains(framework)))
        {
            problems.Add($"the nuspec has no dependency group for {framework}");
        }

        return commit;
    }

    /// <summary>Checks that the pdb belongs to the dll and that every source document is reachable through SourceLink or embedded.</summary>
    private static void CheckSymbols(string framework, byte[] dll, byte[] pdb, string? commit, List<string> problems)
    {
        var problemsBefore = problems.Count;
        using var peReader = new PEReader(new MemoryStream(dll));
        if (!IsMarkedTrimmable(peReader.GetMetadataReader()))
        {
            problems.Add($"{framework}: the dll lacks [AssemblyMetadata(\"IsTrimmable\", \"True\")], so trimming apps would not trim it");
        }

        var codeView = peReader.ReadDebugDirectory().Where(entry => entry.Type == DebugDirectoryEntryType.CodeView).ToList();
        if (codeView.Count != 1)
        {
            problems.Add($"{framework}: the dll has {codeView.Count} CodeView entries, expected one");
            return;
        }

        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
        MetadataReader reader;
        try
        {
            reader = provider.GetMetadataReader();
        }
        catch (BadImageFormatException exception)
        {
            problems.Add($"{framework}: the pdb is not a portable pdb ({exception.Message})");
            return;
        }

        // A portable pdb's id is the dll's CodeView GUID followed by its debug directory stamp.
        var data = peReader.ReadCodeViewDebugDirectoryData(codeView[0]);
        var expectedId = data.Guid.ToByteArray().Concat(BitConverter.GetBytes(codeView[0].Stamp)).ToArray();
        if (reader.DebugMetadataHeader is not { } header || !header.Id.SequenceEqual(expectedId))
        {
            problems.Add($"{framework}: the pdb's id does not match the dll's; they come from different builds");
        }

        var sourceLink = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
            .Select(reader.GetCustomDebugInformation)
            .Where(information => reader.GetGuid(information.Kind) == s_sourceLinkKind)
            .Select(information => reader.GetBlobBytes(information.Value))
            .FirstOrDefault();
        if (sourceLink is null)
        {
            problems.Add($"{framework}: the pdb has no SourceLink information");
            return;
        }

        var documents = JsonDocument.Parse(sourceLink).RootElement.GetProperty("documents").EnumerateObject()
            .Select(mapping => (Prefix: mapping.Name.TrimEnd('*'), Url: mapping.Value.GetString() ?? ""))
            .ToList();
        foreach (var (prefix, url) in documents)
        {
            if (!url.StartsWith("https://", StringComparison.Ordinal) || (commit is not null && !url.Contains(commit, StringComparison.Ordinal)))
            {
                problems.Add($"{framework}: SourceLink maps '{prefix}' to '{url}', which is not an https address at the nuspec's commit {commit}");
            }
        }

        var unreachable = new List<string>();
        foreach (var handle in reader.Documents)
        {
            var name = reader.GetString(reader.GetDocument(handle).Name);
            var embedded = reader.GetCustomDebugInformation(handle)
                .Any(information => reader.GetGuid(reader.GetCustomDebugInformation(information).Kind) == s_embeddedSourceKind);
            if (!embedded && !documents.Any(mapping => name.StartsWith(mapping.Prefix, StringComparison.Ordinal)))
            {
                unreachable.Add(name);
            }
        }

        if (unreachable.Count > 0)
        {
            problems.Add($"{framework}: {unreachable.Count} source document(s) neither SourceLinked nor embedded, e.g. {unreachable[0]}");
        }

        if (problems.Count > problemsBefore)
        {
            return;
        }

        Console.WriteLine($"{framework}: pdb matches the dll, {reader.Documents.Count} documents, SourceLink {string.Join(", ", documents.Select(mapping => $"{mapping.Prefix}* -> {mapping.Url}"))}");
    }

    /// <summary>Whether the assembly carries the attribute that IsTrimmable adds and the trimmer reads.</summary>
    private static bool IsMarkedTrimmable(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            if (parent.Kind != HandleKind.TypeReference || reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) != "AssemblyMetadataAttribute")
            {
                continue;
            }

            // The value blob: a 0x0001 prolog, then the key and the value as serialized strings.
            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() == 1 && blob.ReadSerializedString() == "IsTrimmable" && blob.ReadSerializedString() == "True")
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitPattern();
}
