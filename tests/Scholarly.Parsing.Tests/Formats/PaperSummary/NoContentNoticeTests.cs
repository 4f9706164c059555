using Scholarly.Parsing.Formats.PaperSummary;

namespace Scholarly.Parsing.Tests.Formats.PaperSummary;

public sealed class NoContentNoticeTests
{
    [Theory]
    [InlineData("No public reviews on file for this paper yet. If you reviewed it on a platform where reviews are public (OpenReview, ICLR, NeurIPS, ICML), you can paste yours below so the community can read it here.")]
    [InlineData("No reviews yet.")]
    [InlineData("There are no videos for this paper.")]
    [InlineData("Nothing here yet. Be the first to add a talk!")]
    [InlineData("This paper has not been reviewed yet.")]
    [InlineData("Reviews are not available.")]
    public void IsNotice_NothingYetNotices_AreNotices(string text) => Assert.True(NoContentNotice.IsNotice(text));

    [Theory]
    [InlineData("The paper shows no results on ImageNet. The method is novel but the evaluation is thin.")]
    [InlineData("Clear writing and convincing ablations; please add a held-out threshold.")]
    [InlineData("If you reviewed it on a platform where reviews are public, you can paste yours below.")]
    [InlineData("")]
    public void IsNotice_ContentOrInvitationOnly_IsNotANotice(string text) => Assert.False(NoContentNotice.IsNotice(text));

    [Fact]
    public void IsBoilerplate_InvitationOnly_IsBoilerplate() =>
        Assert.True(NoContentNotice.IsBoilerplate("If you reviewed it on a platform where reviews are public, you can paste yours below."));

    [Fact]
    public void IsBoilerplate_ReviewAskingForABaseline_IsNotBoilerplate() =>
        Assert.False(NoContentNotice.IsBoilerplate("The evaluation is thin. Please add a stronger baseline."));
}
