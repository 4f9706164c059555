using System.Text;
using Scholarly.Parsing.Pipeline;

namespace Scholarly.Parsing.Tests.Pipeline;

public sealed class SourceTextHtmlTests
{
    [Fact]
    public void FromHtml_KeepsTheVisibleTextNormalisedAndTheMarkup()
    {
        const string Html = "<!doctype html><html><head><title>T</title></head><body><h2>Andreas&nbsp;Madsack</h2><div>Ko\u0308rner</div></body></html>";

        var text = SourceText.FromHtml(Html, new Uri("https://aclanthology.org/people/a/andreas-madsack/"));

        Assert.Equal("Andreas Madsack\n\nKörner", text.Text);
        Assert.True(text.IsHtml);
        Assert.Same(Html, text.Markup);
        Assert.Equal(Html.Length, text.OriginalLength);
        Assert.Equal("https://aclanthology.org/people/a/andreas-madsack/", text.Uri!.AbsoluteUri);
        Assert.False(text.IsTruncated);
    }

    [Fact]
    public void From_Text_IsNotHtml()
    {
        var text = SourceText.From("<html> as text");

        Assert.False(text.IsHtml);
        Assert.Null(text.Markup);
    }

    [Fact]
    public void FromHtml_LongerThanTheLimit_IsCutBeforeATagAndMarkedTruncated()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"<p>Paragraph {i}</p>"));

        var text = SourceText.FromHtml(html, maxLength: 5000);

        Assert.True(text.IsTruncated);
        Assert.Equal(html.Length, text.OriginalLength);
        Assert.True(text.Markup!.Length <= 5000);
        Assert.StartsWith("Paragraph 0\n\nParagraph 1", text.Text, StringComparison.Ordinal);
        Assert.Matches(@"Paragraph \d+$", text.Text);
    }

    [Fact]
    public void FromPage_HtmlStream_IsDecodedAndRendered()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<!doctype html><meta charset=iso-8859-1><p>Weißgraeber</p>"));

        var text = SourceText.FromPage(stream, null, int.MaxValue);

        Assert.Equal("Weißgraeber", text.Text);
        Assert.NotNull(text.EncodingNote);
    }

    [Fact]
    public void FromPage_TextStream_IsReadAsText()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Mihyeon Kim\n\n2025\n<html> is not at the start"));

        var text = SourceText.FromPage(stream, null, int.MaxValue);

        Assert.False(text.IsHtml);
        Assert.Equal("Mihyeon Kim\n\n2025\n<html> is not at the start", text.Text);
    }
}
