using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Formats.AclAnthologyXml;

/// <summary>A paper read from volume XML with its authors' Anthology person ids (<see langword="null"/> where the XML gives none), aligned with <see cref="Paper.Authors"/>.</summary>
internal sealed record AclVolumeXmlPaper(Paper Paper, string?[] AuthorIds);
