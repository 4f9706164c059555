using Scholarly.Parsing.Formats.AclAnthology;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Tests.Formats.AclAnthology;

public sealed class AclVenueDecoderTests
{
    [Theory]
    [InlineData("Proceedings of the 2025 Conference of the Nations of the Americas Chapter of the Association for Computational Linguistics: Human Language Technologies (Volume 1: Long Papers)", "NAACL", 2025, VenueKind.Conference, "1", "Long Papers")]
    [InlineData("Proceedings of the 2021 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies", "NAACL", 2021, VenueKind.Conference, null, null)]
    [InlineData("Proceedings of the 2024 Conference on Empirical Methods in Natural Language Processing", "EMNLP", 2024, VenueKind.Conference, null, null)]
    [InlineData("Proceedings of the 2024 Conference on Empirical Methods in Natural Language Processing: Industry Track", "EMNLP", 2024, VenueKind.Conference, null, "Industry Track")]
    [InlineData("Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing: System Demonstrations", "EMNLP", 2023, VenueKind.Conference, null, "System Demonstrations")]
    [InlineData("Findings of the Association for Computational Linguistics: EMNLP 2023", "EMNLP", 2023, VenueKind.Findings, null, null)]
    [InlineData("Findings of the Association for Computational Linguistics: ACL-IJCNLP 2021", "ACL-IJCNLP", 2021, VenueKind.Findings, null, null)]
    [InlineData("Findings of the Association for Computational Linguistics: NAACL 2024", "NAACL", 2024, VenueKind.Findings, null, null)]
    [InlineData("Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)", "ACL", null, VenueKind.Conference, "1", "Long Papers")]
    [InlineData("Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 4: Student Research Workshop)", "ACL", null, VenueKind.Workshop, "4", "Student Research Workshop")]
    [InlineData("Proceedings of the 18th Conference of the European Chapter of the Association for Computational Linguistics (Volume 1: Long Papers)", "EACL", null, VenueKind.Conference, "1", "Long Papers")]
    [InlineData("Proceedings of the 13th International Joint Conference on Natural Language Processing and the 3rd Conference of the Asia-Pacific Chapter of the Association for Computational Linguistics (Volume 1: Long Papers)", "AACL", null, VenueKind.Conference, "1", "Long Papers")]
    [InlineData("Proceedings of the 29th International Conference on Computational Linguistics", "COLING", null, VenueKind.Conference, null, null)]
    [InlineData("Proceedings of the 2024 Joint International Conference on Computational Linguistics, Language Resources and Evaluation (LREC-COLING 2024)", "LREC-COLING", 2024, VenueKind.Conference, null, null)]
    [InlineData("Proceedings of the Thirteenth Language Resources and Evaluation Conference", "LREC", null, VenueKind.Conference, null, null)]
    [InlineData("Proceedings of the 27th Conference on Computational Natural Language Learning (CoNLL)", "CoNLL", null, VenueKind.Conference, null, null)]
    [InlineData("Proceedings of the 5th Workshop on Gender Bias in Natural Language Processing (GeBNLP)", "GeBNLP", null, VenueKind.Workshop, null, null)]
    [InlineData("Proceedings of the 17th International Workshop on Semantic Evaluation (SemEval-2023)", "SemEval", 2023, VenueKind.Workshop, null, null)]
    [InlineData("Proceedings of the Eighth Conference on Machine Translation", "WMT", null, VenueKind.Conference, null, null)]
    [InlineData("Transactions of the Association for Computational Linguistics, Volume 12", "TACL", null, VenueKind.Journal, "12", null)]
    [InlineData("Computational Linguistics, Volume 50, Issue 1 - March 2024", "CL", 2024, VenueKind.Journal, "50", null)]
    [InlineData("Proceedings of the First Workshop on Something New", null, null, VenueKind.Workshop, null, null)]
    [InlineData("Some Unknown Book of Essays", null, null, VenueKind.Unknown, null, null)]
    public void Decode_AclVenueFamilies(string name, string? acronym, int? year, VenueKind kind, string? volume, string? track)
    {
        var venue = AclVenueDecoder.Decode(name, fallbackYear: null);

        Assert.Equal(name, venue.Name);
        Assert.Equal(acronym, venue.Acronym);
        Assert.Equal(year, venue.Year);
        Assert.Equal(kind, venue.Kind);
        Assert.Equal(volume, venue.Volume);
        Assert.Equal(track, venue.Track);
    }

    [Fact]
    public void Decode_YearMissingFromTitle_TakesTheFallbackYear()
    {
        var venue = AclVenueDecoder.Decode("Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)", 2024);

        Assert.Equal(2024, venue.Year);
    }

    [Fact]
    public void Decode_JournalIssue_IsRead()
    {
        Assert.Equal("1", AclVenueDecoder.Decode("Computational Linguistics, Volume 50, Issue 1 - March 2024", null).Issue);
    }
}
