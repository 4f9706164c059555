using System.Globalization;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.PaperPages;

/// <summary>
/// A list that holds at most <see cref="ParseOptions.MaxEntries"/> items and reports, once, that
/// further items were not read.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class BoundedList<T>
{
    private readonly List<T> _items = [];
    private readonly ParseContext _context;
    private readonly string _what;
    private bool _reported;

    /// <summary>Creates an empty list.</summary>
    /// <param name="context">The parse whose limit applies and where the overflow is reported.</param>
    /// <param name="what">What the list holds, for the message, e.g. <c>methods</c>.</param>
    public BoundedList(ParseContext context, string what)
    {
        _context = context;
        _what = what;
    }

    /// <summary>The items added so far.</summary>
    public IReadOnlyList<T> Items => _items;

    /// <summary>The number of items.</summary>
    public int Count => _items.Count;

    /// <summary>Adds an item unless the limit is reached.</summary>
    /// <returns>Whether the item was added.</returns>
    public bool Add(T item, int line, int column)
    {
        if (_items.Count >= _context.Options.MaxEntries)
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
        return true;
    }
}
