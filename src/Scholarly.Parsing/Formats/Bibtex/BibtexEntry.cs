namespace Scholarly.Parsing.Formats.Bibtex;

/// <summary>One entry as read from the source: its type, key and fields with macros resolved, still in LaTeX.</summary>
internal sealed class BibtexEntry
{
    public BibtexEntry(string type, string key, int startLine)
    {
        Type = type;
        Key = key;
        StartLine = startLine;
    }

    /// <summary>The entry type, lowercase (<c>article</c>).</summary>
    public string Type { get; }

    /// <summary>The citation key as written; empty when the entry has none.</summary>
    public string Key { get; }

    public int StartLine { get; }

    public int EndLine { get; set; }

    /// <summary>The fields in source order; names lowercase, values raw LaTeX without outer delimiters.</summary>
    public List<BibtexField> Fields { get; } = [];

    /// <summary>The first field with a name, or null.</summary>
    public BibtexField? Find(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }
}
