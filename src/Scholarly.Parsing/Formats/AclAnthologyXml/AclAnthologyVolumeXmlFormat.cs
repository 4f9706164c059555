using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Formats.AclAnthologyXml;

/// <summary>
/// Reads an ACL Anthology volume XML file (the Anthology's public data format, <c>data/xml/*.xml</c>):
/// every <c>&lt;paper&gt;</c> of every <c>&lt;volume&gt;</c> with its title (<c>&lt;fixed-case&gt;</c> and
/// <c>&lt;tex-math&gt;</c> markup reduced to text), authors from <c>&lt;first&gt;</c>/<c>&lt;last&gt;</c> with their
/// <c>&lt;affiliation&gt;</c>s (<see cref="Model.Paper.AuthorAffiliations"/>), abstract, pages, DOI, Anthology id
/// and the volume's booktitle decoded into a <see cref="Model.Venue"/>.
/// </summary>
/// <remarks>
/// Streams with <see cref="System.Xml.XmlReader"/>: no DTD processing, no external resources. Malformed XML
/// ends the reading with a diagnostic; the papers read before it are kept. Editors are not authors and are
/// skipped; the authors' Anthology person ids are not part of <see cref="Model.PersonName"/> and are left out.
/// </remarks>
public sealed class AclAnthologyVolumeXmlFormat : IFormatParser
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "acl-anthology/volume-xml";

    /// <inheritdoc />
    public string Id => FormatId;

    /// <inheritdoc />
    public string DisplayName => "ACL Anthology volume XML";

    /// <inheritdoc />
    public FormatMatch Detect(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var window = text.DetectionWindow;
        var collection = window.Contains("<collection id=", StringComparison.Ordinal);
        var volume = window.Contains("<volume", StringComparison.Ordinal);
        var paper = window.Contains("<paper", StringComparison.Ordinal) || window.Contains("<meta>", StringComparison.Ordinal);
        return (collection, volume) switch
        {
            (true, true) => new FormatMatch(0.97, "a <collection id=…> root with <volume> elements"),
            (true, false) => new FormatMatch(0.9, "a <collection id=…> root"),
            (false, true) when paper => new FormatMatch(0.9, "<volume> with <meta> or <paper> elements"),
            (false, true) => new FormatMatch(0.3, "a <volume> element but no <collection> root, <meta> or <paper>"),
            _ => FormatMatch.None("no <collection id=…> or <volume> element"),
        };
    }

    /// <inheritdoc />
    public ParsedDocument Parse(SourceText text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var papers = AclVolumeXmlReader.Read(text, context);
        return new ParsedDocument { Papers = [.. papers.Select(p => p.Paper)] };
    }
}
