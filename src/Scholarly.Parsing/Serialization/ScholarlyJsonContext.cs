using System.Text.Json.Serialization;
using Scholarly.Parsing.Identity;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Names;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Serialization;

/// <summary>The one source-generated JSON context for every public model type (no reflection, AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    UseStringEnumConverter = true,
    WriteIndented = true,
    Converters =
    [
        typeof(EquatableArrayJsonConverter<string>),
        typeof(EquatableArrayJsonConverter<PersonName>),
        typeof(EquatableArrayJsonConverter<Affiliation>),
        typeof(EquatableArrayJsonConverter<AuthorAffiliation>),
        typeof(EquatableArrayJsonConverter<Metric>),
        typeof(EquatableArrayJsonConverter<Identifier>),
        typeof(EquatableArrayJsonConverter<Link>),
        typeof(EquatableArrayJsonConverter<PaperTranslation>),
        typeof(EquatableArrayJsonConverter<Paper>),
        typeof(EquatableArrayJsonConverter<Diagnostic>),
        typeof(EquatableArrayJsonConverter<PaperVersion>),
        typeof(EquatableArrayJsonConverter<ExtraField>),
        typeof(EquatableArrayJsonConverter<ResolvedDocument>),
        typeof(EquatableArrayJsonConverter<ResolvedAuthor>),
        typeof(EquatableArrayJsonConverter<ResolvedPaper>),
        typeof(EquatableArrayJsonConverter<AuthorMention>),
        typeof(EquatableArrayJsonConverter<PaperRecord>),
        typeof(EquatableArrayJsonConverter<FieldSource>),
        typeof(EquatableArrayJsonConverter<Evidence>),
    ])]
[JsonSerializable(typeof(ParsedDocument))]
[JsonSerializable(typeof(Author))]
[JsonSerializable(typeof(Paper))]
[JsonSerializable(typeof(Venue))]
[JsonSerializable(typeof(Metric))]
[JsonSerializable(typeof(PersonName))]
[JsonSerializable(typeof(PublicationDate))]
[JsonSerializable(typeof(Affiliation))]
[JsonSerializable(typeof(AuthorAffiliation))]
[JsonSerializable(typeof(Identifier))]
[JsonSerializable(typeof(ExtraField))]
[JsonSerializable(typeof(Link))]
[JsonSerializable(typeof(PaperAbstract))]
[JsonSerializable(typeof(PaperTranslation))]
[JsonSerializable(typeof(PaperSummary))]
[JsonSerializable(typeof(SourceInfo))]
[JsonSerializable(typeof(LineSpan))]
[JsonSerializable(typeof(Diagnostic))]
[JsonSerializable(typeof(FormatMatch))]
[JsonSerializable(typeof(FormatCandidate))]
[JsonSerializable(typeof(EquatableArray<string>))]
[JsonSerializable(typeof(EquatableArray<PersonName>))]
[JsonSerializable(typeof(EquatableArray<Affiliation>))]
[JsonSerializable(typeof(EquatableArray<AuthorAffiliation>))]
[JsonSerializable(typeof(EquatableArray<Metric>))]
[JsonSerializable(typeof(EquatableArray<Identifier>))]
[JsonSerializable(typeof(EquatableArray<Link>))]
[JsonSerializable(typeof(EquatableArray<PaperTranslation>))]
[JsonSerializable(typeof(EquatableArray<Paper>))]
[JsonSerializable(typeof(EquatableArray<Diagnostic>))]
[JsonSerializable(typeof(PaperVersion))]
[JsonSerializable(typeof(EquatableArray<PaperVersion>))]
[JsonSerializable(typeof(EquatableArray<ExtraField>))]
[JsonSerializable(typeof(ScholarlyGraph))]
[JsonSerializable(typeof(ResolvedDocument))]
[JsonSerializable(typeof(ResolvedAuthor))]
[JsonSerializable(typeof(ResolvedPaper))]
[JsonSerializable(typeof(AuthorMention))]
[JsonSerializable(typeof(PaperRecord))]
[JsonSerializable(typeof(FieldSource))]
[JsonSerializable(typeof(Evidence))]
[JsonSerializable(typeof(MergeExplanation))]
[JsonSerializable(typeof(NameMatchResult))]
[JsonSerializable(typeof(EquatableArray<ResolvedDocument>))]
[JsonSerializable(typeof(EquatableArray<ResolvedAuthor>))]
[JsonSerializable(typeof(EquatableArray<ResolvedPaper>))]
[JsonSerializable(typeof(EquatableArray<AuthorMention>))]
[JsonSerializable(typeof(EquatableArray<PaperRecord>))]
[JsonSerializable(typeof(EquatableArray<FieldSource>))]
[JsonSerializable(typeof(EquatableArray<Evidence>))]
internal sealed partial class ScholarlyJsonContext : JsonSerializerContext;
