using Scholarly.Parsing.Model;
using Scholarly.Parsing.Names;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Names;

/// <summary>A name of the pair table, parsed and prepared once.</summary>
internal sealed record TableName(PersonName Name, PreparedName Prepared)
{
    public static TableName Parse(string written)
    {
        var name = PersonName.Parse(written);
        return new(name, NameMatcher.Prepare(name));
    }
}

/// <summary>One row of <c>Fixtures/Names/name-pairs.tsv</c>.</summary>
internal sealed record NamePair(TableName A, TableName B, bool SamePerson, string Note)
{
    public void Deconstruct(out TableName a, out TableName b)
    {
        a = A;
        b = B;
    }
}

/// <summary>Reads the same-person / different-person name-pair table.</summary>
internal static class NamePairTable
{
    public static IReadOnlyList<NamePair> Load()
    {
        var pairs = new List<NamePair>();
        foreach (var line in File.ReadLines(Path.Combine(Fixture.Directory, "Names", "name-pairs.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            pairs.Add(new NamePair(TableName.Parse(fields[0]), TableName.Parse(fields[1]), fields[2] == "same", fields.Length > 3 ? fields[3] : ""));
        }

        return pairs;
    }
}
