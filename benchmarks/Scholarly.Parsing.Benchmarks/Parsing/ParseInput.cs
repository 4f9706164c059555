using System.Text;

namespace Scholarly.Parsing.Benchmarks.Parsing;

/// <summary>A named input text for the parsing benchmarks; its size is counted in UTF-8 bytes, as a saved file would be.</summary>
public sealed class ParseInput
{
    public ParseInput(string name, string text)
    {
        Name = name;
        Text = text;
        Utf8Bytes = Encoding.UTF8.GetByteCount(text);
    }

    public string Name { get; }

    public string Text { get; }

    public long Utf8Bytes { get; }

    /// <summary>Shown in the summary table.</summary>
    public override string ToString() => Name;
}
