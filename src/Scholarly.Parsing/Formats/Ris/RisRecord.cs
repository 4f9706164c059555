namespace Scholarly.Parsing.Formats.Ris;

/// <summary>One record as read: its tags in order, each with its value lines and the line it starts on.</summary>
internal sealed class RisRecord
{
    public RisRecord(int startLine) => StartLine = startLine;

    public int StartLine { get; }

    public int EndLine { get; set; }

    /// <summary>The tags in source order; a value's continuation lines are further entries of <see cref="RisTag.Lines"/>.</summary>
    public List<RisTag> Tags { get; } = [];
}
