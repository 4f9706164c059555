namespace Scholarly.Parsing.Model;

/// <summary>A range of lines in a source page, 1-based and inclusive.</summary>
/// <param name="StartLine">The first line (1-based).</param>
/// <param name="EndLine">The last line (1-based, inclusive).</param>
public readonly record struct LineSpan(int StartLine, int EndLine)
{
    /// <summary>Formats the span as <c>12</c> or <c>12-18</c>.</summary>
    public override string ToString() => StartLine == EndLine ? $"{StartLine}" : $"{StartLine}-{EndLine}";
}
