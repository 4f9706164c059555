using AngleSharp.Html.Parser;
using Scholarly.Parsing.Html;

namespace Scholarly.Parsing.Tests.Html;

public sealed class HtmlTextRendererTests
{
    private static string Render(string html) => HtmlTextRenderer.Render(new HtmlParser().ParseDocument(html));

    [Fact]
    public void Render_BlocksEndLinesAndInlineElementsStayOnTheLine()
    {
        var text = Render("<div><span>Andreas</span> <span>Madsack</span></div><div>2022</div><section><a href=x>pdf</a> <a>bib</a></section>");

        Assert.Equal("Andreas Madsack\n2022\npdf bib", text);
    }

    [Fact]
    public void Render_ParagraphsAndHeadings_LeaveABlankLine()
    {
        Assert.Equal("Title\n\nFirst.\n\nSecond.", Render("<h1>Title</h1><p>First.</p><p>Second.</p>"));
    }

    [Fact]
    public void Render_WhitespaceRuns_CollapseAndLinesAreTrimmed()
    {
        var text = Render("<div>\n   Adela   Schneider\n|\n\tAndreas Madsack   </div>\n\n<div>   </div><div> x </div>");

        Assert.Equal("Adela Schneider | Andreas Madsack\nx", text);
    }

    [Fact]
    public void Render_LineBreaks_BreakTheLine()
    {
        Assert.Equal("Title\nAuthors\n\nVenue", Render("<span>Title<br>Authors<br><br>Venue</span>"));
    }

    [Fact]
    public void Render_Tables_GiveOneLinePerRowWithTabsBetweenCells()
    {
        var text = Render("<h3>Cited by</h3><table><tr><th></th><th>All</th><th>Since 2021</th></tr>"
            + "<tr><td>Citations</td><td>39</td><td>38</td></tr>"
            + "<tr><td><a>Title</a><div>W Zuo</div><div>Venue</div></td><td></td><td>2025</td></tr></table>");

        Assert.Equal("Cited by\n\n\tAll\tSince 2021\nCitations\t39\t38\nTitle\nW Zuo\nVenue\t\t2025", text);
    }

    [Fact]
    public void Render_EntitiesAreDecodedAndNoBreakSpacesKept()
    {
        Assert.Equal("Copyright ©\u00A01963–2021 & <b> “quoted”", Render("<p>Copyright &copy;&nbsp;1963&ndash;2021 &amp; &lt;b&gt; &#8220;quoted&#x201D;</p>"));
    }

    [Theory]
    [InlineData("<script>var a = '<p>no</p>';</script>")]
    [InlineData("<style>p { color: red }</style>")]
    [InlineData("<template><p>no</p></template>")]
    [InlineData("<noscript>Enable JavaScript</noscript>")]
    [InlineData("<div hidden>no</div>")]
    [InlineData("<div aria-hidden=\"true\">no</div>")]
    [InlineData("<div style=\"color:red; display : none\">no</div>")]
    [InlineData("<div style=\"visibility:hidden\">no</div>")]
    [InlineData("<div role=dialog><h2>Cite</h2></div>")]
    [InlineData("<div role=menu><a>Sort by year</a></div>")]
    [InlineData("<dialog><p>no</p></dialog>")]
    [InlineData("<svg><title>icon</title><text>no</text></svg>")]
    [InlineData("<select><option>All fields</option></select><input value=no><textarea>no</textarea>")]
    [InlineData("<img alt=\"ACL Logo\" src=x.png><iframe src=x>no</iframe>")]
    public void Render_InvisibleContent_IsDropped(string hidden)
    {
        Assert.Equal("before\nafter", Render($"<div>before</div>{hidden}<div>after</div>"));
    }

    [Fact]
    public void Render_HiddenRoot_KeepsVisibleSiblings()
    {
        Assert.Equal("shown", Render("<div aria-hidden=false>shown</div><div aria-hidden=TRUE>hidden</div>"));
    }

    [Fact]
    public void Render_ClosedDetails_ShowOnlyTheSummary()
    {
        Assert.Equal("More\nopen body", Render("<details><summary>More</summary>hidden body</details><details open><summary></summary>open body</details>"));
    }

    [Fact]
    public void Render_Preformatted_KeepsWhitespace()
    {
        Assert.Equal("@inproceedings{x,\n    title = \"A\"\n}\nafter", Render("<pre>@inproceedings{x,\r\n    title = \"A\"\n}</pre>after"));
    }

    [Fact]
    public void Render_HundredThousandNestedElements_DoesNotOverflowTheStack()
    {
        var document = new HtmlParser().ParseDocument("<div>x</div>");
        AngleSharp.Dom.IElement parent = document.Body!;
        for (var i = 0; i < 100_000; i++)
        {
            var child = document.CreateElement(i % 2 == 0 ? "div" : "span");
            parent.AppendChild(child);
            parent = child;
        }

        parent.TextContent = "deep";

        Assert.Equal("x\ndeep", HtmlTextRenderer.Render(document));
    }
}
