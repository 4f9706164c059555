using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Identity;

/// <summary>A mention during resolution: the name, its document, record (-1 for a page subject), position and name group.</summary>
internal readonly record struct Mention(PersonName Name, int Document, int Record, int Position, int Group, SourceInfo? Source);
