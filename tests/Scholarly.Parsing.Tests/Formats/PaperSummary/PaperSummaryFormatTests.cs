using Scholarly.Parsing.Formats.PaperSummary;
using Scholarly.Parsing.Model;
using Scholarly.Parsing.Pipeline;
using Scholarly.Parsing.Tests.Support;

namespace Scholarly.Parsing.Tests.Formats.PaperSummary;

public sealed class PaperSummaryFormatTests
{
    private const string Seed = "Seeds/004_9cc558a792950015.txt";
    private const string OwnPage = "PaperSummary/reviews-and-videos.txt";

    private static ParsedDocument ParseSeed() => PaperParser.Parse(Fixture.Read(Seed), Fixture.FixedOptions);

    private static ParsedDocument ParseOwnPage() => PaperParser.Parse(Fixture.Read(OwnPage), Fixture.FixedOptions);

    [Fact]
    public void Parse_Seed_IsDetectedAsThisFormat()
    {
        var document = ParseSeed();

        Assert.Equal(PaperSummaryFormat.FormatId, document.FormatId);
        Assert.Single(document.Papers);
    }

    [Fact]
    public void Parse_Seed_ReadsTitleAndAuthors()
    {
        var paper = ParseSeed().Papers[0];

        Assert.Equal("IM-BERT: Enhancing Robustness of BERT through the Implicit Euler Method", paper.Title);
        Assert.Equal(["Mihyeon Kim", "Juhyoung Park", "Youngbin Kim"], paper.Authors.Select(a => a.Written));
        Assert.False(paper.AuthorsTruncated);
        Assert.Equal(new LineSpan(1, 19), paper.Source?.Lines);
    }

    [Fact]
    public void Parse_Seed_ReadsTheSummary()
    {
        var summary = ParseSeed().Papers[0].Summary;

        Assert.NotNull(summary);
        Assert.StartsWith("IM-BERT enhances BERT's robustness against adversarial attacks", summary.TlDr, StringComparison.Ordinal);
        Assert.StartsWith("This paper introduces IM-BERT, a novel approach", summary.Contribution, StringComparison.Ordinal);
        Assert.Equal(
            [
                "IM-BERT outperforms BERT by 8.3% on AdvGLUE.",
                "IM-BERT achieves 5.9% higher accuracy in low-resource scenarios.",
                "The implicit Euler approach enhances numerical stability and robustness.",
            ],
            summary.Findings);
        Assert.False(summary.IsGenerated);
    }

    [Fact]
    public void Parse_Seed_AbstractIsMarkedTruncatedAndKeptWithoutTheEllipsis()
    {
        var document = ParseSeed();
        var paperAbstract = document.Papers[0].Abstract;

        Assert.NotNull(paperAbstract);
        Assert.True(paperAbstract.IsTruncated);
        Assert.StartsWith("Pre-trained Language Models (PLMs) have achieved", paperAbstract.Text, StringComparison.Ordinal);
        Assert.EndsWith("even in low-resource scenarios, without", paperAbstract.Text, StringComparison.Ordinal);
        Assert.EndsWith("without\u2026", paperAbstract.Raw, StringComparison.Ordinal);
        var truncated = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.TruncatedEntry);
        Assert.Equal(13, truncated.Line);
        Assert.Equal(Fixture.Read(Seed).Split('\n')[12].IndexOf('\u2026', StringComparison.Ordinal) + 1, truncated.Column);
    }

    [Fact]
    public void Parse_Seed_NoReviewsNoticeGivesNoPeerReviews()
    {
        var document = ParseSeed();

        Assert.Empty(document.Papers[0].PeerReviews);
        var notice = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.EmptySection && d.Line == 15);
        Assert.Equal(DiagnosticSeverity.Info, notice.Severity);
        Assert.Contains("Peer Reviews", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Seed_EmptyVideosGivesNoLinks()
    {
        var document = ParseSeed();

        Assert.Empty(document.Papers[0].Links);
        Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.EmptySection && d.Line == 16);
    }

    [Fact]
    public void Parse_Seed_ReadsTopicsGluedToTheirLabel()
    {
        Assert.Equal(
            ["Adversarial Robustness in Machine Learning", "Topic Modeling", "Hate Speech and Cyberbullying Detection"],
            ParseSeed().Papers[0].Topics);
    }

    [Fact]
    public void Parse_Seed_MethodsAreReadWithoutTheSpam()
    {
        Assert.Equal(
            [
                "Attention Is All You Need", "Linear Warmup With Linear Decay", "Dropout", "Layer Normalization",
                "Attention Dropout", "Softmax", "Residual Connection", "WordPiece", "Linear Layer",
            ],
            ParseSeed().Papers[0].Methods);
    }

    [Fact]
    public void Parse_Seed_DroppedSpamIsReportedWithItsTextAndPosition()
    {
        var dropped = Assert.Single(ParseSeed().Diagnostics, d => d.Code == DiagnosticCodes.DroppedItem);

        Assert.Equal(DiagnosticSeverity.Warning, dropped.Severity);
        Assert.Equal(19, dropped.Line);
        Assert.Equal(8, dropped.Column);
        Assert.Contains("\"Refunds@Expedia|||How do I get a full refund from Expedia?\"", dropped.Message, StringComparison.Ordinal);
        Assert.Contains("from Methods", dropped.Message, StringComparison.Ordinal);
        Assert.Contains("web spam", dropped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Seed_ReportsNoOtherWarnings()
    {
        var warnings = ParseSeed().Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.Code);

        Assert.Equal([DiagnosticCodes.TruncatedEntry, DiagnosticCodes.DroppedItem], warnings);
    }

    [Fact]
    public void Parse_OwnPage_ReadsPeerReviewsWithoutTheSiteInvitation()
    {
        var document = ParseOwnPage();
        var reviews = document.Papers[0].PeerReviews;

        Assert.Equal(PaperSummaryFormat.FormatId, document.FormatId);
        Assert.Equal(2, reviews.Count);
        Assert.StartsWith("Reviewer 1 · OpenReview · Rating 6\nThe idea of calibrating the retriever", reviews[0], StringComparison.Ordinal);
        Assert.EndsWith("please report a held-out threshold.", reviews[1], StringComparison.Ordinal);
        Assert.DoesNotContain(reviews, r => r.Contains("paste yours", StringComparison.Ordinal));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.UnrecognisedLine && d.Line == 19);
    }

    [Fact]
    public void Parse_OwnPage_ReadsVideoLinks()
    {
        var document = ParseOwnPage();

        Assert.Equal(
            [
                new Link { Kind = LinkKind.Video, Url = "https://example.org/videos/calibrated-retrieval-talk" },
                new Link { Kind = LinkKind.Video, Url = "https://example.org/videos/calibrated-retrieval-poster" },
            ],
            document.Papers[0].Links);

        // Link has no title: the titles are reported rather than lost silently.
        Assert.Contains(document.Diagnostics, d => d.Line == 21 && d.Message.Contains("Conference talk (12 min)", StringComparison.Ordinal));
        Assert.Contains(document.Diagnostics, d => d.Line == 23 && d.Message.Contains("Poster session recording", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OwnPage_ReadsTruncatedAuthorListAndBulletedFindings()
    {
        var paper = ParseOwnPage().Papers[0];

        Assert.Equal(["Aiko Tanaka", "Rahul Mehta", "Sofia Lindqvist"], paper.Authors.Select(a => a.Written));
        Assert.True(paper.AuthorsTruncated);
        Assert.Equal("Wrong answers drop by 34% on Natural Questions at equal coverage.", paper.Summary?.Findings[0]);
        Assert.Equal(3, paper.Summary?.Findings.Count);
        Assert.False(paper.Abstract?.IsTruncated);
    }

    [Fact]
    public void Parse_OwnPage_DropsPhoneAndEmailSpamButKeepsMetricNames()
    {
        var document = ParseOwnPage();

        Assert.Equal(["Dense Passage Retrieval", "BM25", "Contrastive Loss", "Precision@k"], document.Papers[0].Methods);
        var dropped = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.DroppedItem).ToList();
        Assert.Equal(2, dropped.Count);
        Assert.Contains("a phone number", dropped[0].Message, StringComparison.Ordinal);
        Assert.Contains("an '@' address", dropped[1].Message, StringComparison.Ordinal);
        Assert.All(dropped, d => Assert.Equal(26, d.Line));
    }
}
