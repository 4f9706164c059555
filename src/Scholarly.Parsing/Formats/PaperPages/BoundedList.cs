using System.Globalization;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.PaperPages;

/// <summary>
/// A list that holds at most <see cref="ParseOptions.MaxEntries"/> items and reports, once, that
/// further items were not read. Items already in the list are not added again.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class BoundedList<T>
{
    private readonly List<T> _items = [];
    private readonly HashSet<T> _seen;
    private readonly ParseContext _context;
    private readonly string _what;
    private bool _reported;

    /// <summary>Creates an empty list.</summary>
    /// <param name="context">The parse whose limit applies and where the overflow is reported.</param>
    /// <param name="what">What the list holds, for the message, e.g. <c>methods</c>.</param>
    /// <param name="comparer">Tells which items are the same, or <see langword="null"/> for the default.</param>
    public BoundedList(ParseContext context, string what, IEqualityComparer<T>? comparer = null)
    {
        _context = context;
        _what = what;
        _seen = new HashSet<T>(comparer);
    }

    /// <summary>The items added so far.</summary>
    public IReadOnlyList<T> Items => _items;

    /// <summary>The number of items.</summary>
    public int Count => _items.Count;

    /// <summary>Whether the limit is reached: further items are not added.</summary>
    public bool IsFull => _items.Count >= _context.Options.MaxEntries;

    /// <summary>Whether the list holds the item.</summary>
    public bool Contains(T item) => _seen.Contains(item);

    /// <summary>Adds an item unless the list holds it already or the limit is reached.</summary>
    /// <returns>Whether the item was added.</returns>
    public bool Add(T item, int line, int column)
    {
        if (_seen.Contains(item))
        {
            return false;
        }

        if (IsFull)
        {
            if (!_reported)
            {
                _reported = true;
                _context.Report(DiagnosticCodes.TooManyEntries, DiagnosticSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"The page lists more than {_context.Options.MaxEntries:N0} {_what}; the rest were not read."),
                    line, column);
            }

            return false;
        }

        _items.Add(item);
        _seen.Add(item);
        return true;
    }
}
