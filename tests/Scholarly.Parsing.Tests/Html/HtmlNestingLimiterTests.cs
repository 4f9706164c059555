using Scholarly.Parsing.Html;

namespace Scholarly.Parsing.Tests.Html;

public sealed class HtmlNestingLimiterTests
{
    [Fact]
    public void Limit_ShallowPage_IsReturnedUnchanged()
    {
        var markup = "<html><body><div><p>a<p>b<ul><li>c<li>d</ul><br><img src=x></div></body></html>";

        Assert.Same(markup, HtmlNestingLimiter.Limit(markup, 3, out var removed));
        Assert.Equal(0, removed);
    }

    [Fact]
    public void Limit_DeepNesting_RemovesTheDeeperTagsAndKeepsTheText()
    {
        var markup = "<div><div><span><b>deep</b></span></div></div>after";

        var limited = HtmlNestingLimiter.Limit(markup, 2, out var removed);

        Assert.Equal("<div><div>deep</div></div>after", limited);
        Assert.Equal(4, removed);
    }

    [Fact]
    public void Limit_TagsInsideScriptsCommentsAndQuotedAttributes_DoNotCount()
    {
        var markup = "<div title=\"<span><span>\"><!-- <div><div><div> --><script>'<div><div><div>'</script>x</div>";

        Assert.Same(markup, HtmlNestingLimiter.Limit(markup, 1, out _));
    }

    [Fact]
    public void Limit_SelfClosingHtmlTagsOpen_ButSvgShapesDoNot()
    {
        Assert.NotSame("<div/><div/><div/>", HtmlNestingLimiter.Limit("<div/><div/><div/>", 2, out var removed));
        Assert.Equal(1, removed);

        var svg = "<svg><path/><path/><path/><path/></svg>";
        Assert.Same(svg, HtmlNestingLimiter.Limit(svg, 2, out _));
    }

    [Fact]
    public void IsWorthScanning_FewTags_IsFalse_ManyTagsTrue()
    {
        var few = string.Concat(Enumerable.Repeat("<div>", HtmlNestingLimiter.ScanThreshold));
        var many = few + "<div>";

        Assert.False(HtmlNestingLimiter.IsWorthScanning(few));
        Assert.True(HtmlNestingLimiter.IsWorthScanning(many));
    }

    [Fact]
    public void FromHtml_NestingBeyondTheLimitInAPageWithManyTags_IsCutWithItsTextKept()
    {
        var depth = HtmlNestingLimiter.ScanThreshold + 10;
        var markup = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "deep text"
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var text = Scholarly.Parsing.Pipeline.SourceText.FromHtml(markup);

        Assert.True(text.Html!.RemovedTags > 0);
        Assert.Contains("deep text", text.Text, StringComparison.Ordinal);
    }
}
