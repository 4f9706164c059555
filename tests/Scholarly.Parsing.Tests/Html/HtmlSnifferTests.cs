using System.Text;
using Scholarly.Parsing.Html;

namespace Scholarly.Parsing.Tests.Html;

public sealed class HtmlSnifferTests
{
    [Theory]
    [InlineData("<!doctype html><html lang=en-us>")]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">")]
    [InlineData("\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>")]
    [InlineData("\uFEFF  <html>")]
    [InlineData("<!-- saved from url=(0042)https://aclanthology.org/ -->\n<html>")]
    [InlineData("<HEAD><TITLE>x</TITLE>")]
    [InlineData("<body class=x>")]
    [InlineData("<meta charset=utf-8><title>x</title>")]
    public void LooksLikeHtml_PageStarts_AreHtml(string start)
    {
        Assert.True(HtmlSniffer.LooksLikeHtml(start));
        Assert.True(HtmlSniffer.LooksLikeHtml(Encoding.UTF8.GetBytes(start)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Mihyeon Kim\n\n2025\n\npdf bib")]
    [InlineData("<b>bold</b> text")]
    [InlineData("<div>a fragment</div>")]
    [InlineData("<htmlx>")]
    [InlineData("< html>")]
    [InlineData("<!-- a comment that never ends")]
    [InlineData("{\"html\": \"<html>\"}")]
    public void LooksLikeHtml_TextAndFragments_AreNotHtml(string start)
    {
        Assert.False(HtmlSniffer.LooksLikeHtml(start));
    }

    [Fact]
    public void LooksLikeHtml_Utf16WithByteOrderMark_IsHtml()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<!doctype html><p>x")).ToArray();

        Assert.True(HtmlSniffer.LooksLikeHtml(bytes));
    }
}
