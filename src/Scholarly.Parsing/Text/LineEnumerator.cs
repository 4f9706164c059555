namespace Scholarly.Parsing.Text;

/// <summary>Enumerates the lines of a span without allocating (line breaks are <c>\n</c> after normalisation).</summary>
internal ref struct LineEnumerator
{
    private ReadOnlySpan<char> _remaining;
    private bool _done;

    public LineEnumerator(ReadOnlySpan<char> text)
    {
        _remaining = text;
        _done = false;
        Current = default;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly LineEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_done)
        {
            return false;
        }

        var i = _remaining.IndexOf('\n');
        if (i < 0)
        {
            Current = _remaining;
            _done = true;
            return true;
        }

        Current = _remaining[..i];
        _remaining = _remaining[(i + 1)..];
        return true;
    }
}
