namespace Scholarly.Parsing.Names;

/// <summary>Enumerates the parts of given names, split at whitespace, periods and hyphens (<c>J.K.</c>, <c>Seung-Jae</c>).</summary>
internal ref struct NamePartEnumerator
{
    private ReadOnlySpan<char> _remaining;

    public NamePartEnumerator(ReadOnlySpan<char> text)
    {
        _remaining = text;
        Current = default;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Whether a hyphen joins <see cref="Current"/> to the part before it (<c>Jae</c> in <c>Seung-Jae</c>).</summary>
    public bool IsHyphenated { get; private set; }

    public readonly NamePartEnumerator GetEnumerator() => this;


    public bool MoveNext()
    {
        var start = 0;
        var hyphen = false;
        while (start < _remaining.Length && IsSeparator(_remaining[start]))
        {
            hyphen |= _remaining[start] is '-' or '\u2010' or '\u2011';
            start++;
        }

        if (start == _remaining.Length)
        {
            _remaining = default;
            return false;
        }

        var end = start;
        while (end < _remaining.Length && !IsSeparator(_remaining[end]))
        {
            end++;
        }

        Current = _remaining[start..end];
        IsHyphenated = hyphen;
        _remaining = _remaining[end..];
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c) =>
        c <= ' ' || c is '.' or '-' || (c >= '\u0080' && (c is '\u2010' or '\u2011' or '\u2012' or '\u2013' || char.IsWhiteSpace(c)));
}
