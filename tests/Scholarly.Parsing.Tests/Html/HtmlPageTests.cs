using System.Net;
using System.Net.Sockets;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Io;
using Scholarly.Parsing.Html;

namespace Scholarly.Parsing.Tests.Html;

public sealed class HtmlPageTests
{
    private const string ResourceHeavyPage =
        "<!doctype html><html><head><base href=\"{0}\"><meta http-equiv=refresh content=\"0; url={0}refresh\">"
        + "<link rel=stylesheet href=\"{0}style.css\"><link rel=import href=\"{0}import.html\"><link rel=preload href=\"{0}font.woff2\">"
        + "<script src=\"{0}script.js\"></script><script>fetch('{0}fetch'); document.write('<img src={0}written.png>');</script>"
        + "<style>@import url({0}imported.css); body { background: url({0}background.png) }</style></head>"
        + "<body onload=\"location='{0}onload'\"><img src=\"{0}image.png\" srcset=\"{0}image2.png 2x\"><iframe src=\"{0}frame.html\"></iframe>"
        + "<object data=\"{0}object.swf\"></object><video src=\"{0}video.mp4\" poster=\"{0}poster.png\"></video><audio src=\"{0}audio.mp3\"></audio>"
        + "<form action=\"{0}form\"><input type=image src=\"{0}input.png\"></form><a href=\"relative\">a link</a><p>Visible text</p></body></html>";

    [Fact]
    public void Parse_WithARequesterThatFailsOnAnyRequest_NeverCallsIt()
    {
        var requester = new TrapRequester();
        var markup = PageFrom("https://example.invalid/");

        var page = HtmlPage.Parse(markup, Configuration.Default.With(requester));
        var text = page.RenderText();

        Assert.Equal(0, requester.Calls);
        Assert.Contains("Visible text", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrapRequester_WithALoaderEnabled_IsCalled_SoTheTrapWorks()
    {
        // The same trap does fire once resource loading is switched on: the test above is not vacuous.
        var requester = new TrapRequester();
        var configuration = Configuration.Default.With(requester).WithDefaultLoader(new LoaderOptions { IsResourceLoadingEnabled = true });
        var markup = PageFrom("https://example.invalid/");

        using var document = await BrowsingContext.New(configuration).OpenAsync(response => response.Content(markup).Address("https://example.invalid/page"));
        try
        {
            await document.WaitForReadyAsync();
        }
        catch (InvalidOperationException)
        {
            // The trap's own exception, when a load surfaces it.
        }

        Assert.True(requester.Calls > 0);
    }

    [Fact]
    public void Parse_PageFullOfResources_MakesNoNetworkConnection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var origin = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";

        var document = PaperParser.Parse(PageFrom(origin));
        Thread.Sleep(300);

        Assert.False(listener.Pending(), "Parsing the page connected to the server its resources point at.");
        Assert.Contains(document.Diagnostics, d => d.Code == Scholarly.Parsing.Pipeline.DiagnosticCodes.NoFormatRecognised);
    }

    [Fact]
    public void MetaContents_ReadsNameAndPropertyMetaTagsInOrder()
    {
        var page = HtmlPage.Parse("<html><head><meta name=citation_author content=\" Radu  Florian \"><meta property=CITATION_AUTHOR content=\"H. Hassan\"><meta name=citation_author content=\"\"><meta name=citation_doi></head></html>");

        Assert.Equal(["Radu Florian", "H. Hassan"], page.MetaContents("citation_author"));
        Assert.Null(page.Meta("citation_doi"));
    }

    [Theory]
    [InlineData("/W19-4201.bib", "https://aclanthology.org/W19-4201.bib")]
    [InlineData("https://aclanthology.org/W19-4201.pdf", "https://aclanthology.org/W19-4201.pdf")]
    [InlineData("//aclanthology.org/x/", "https://aclanthology.org/x/")]
    [InlineData("HTTPS://AclAnthology.org/W19-4201/", "https://aclanthology.org/W19-4201/")]
    [InlineData("https://aclanthology.org:443/W19-4201/", "https://aclanthology.org/W19-4201/")]
    [InlineData("/volumes/../W19-4201/", "https://aclanthology.org/W19-4201/")]
    [InlineData("/people/a b/", "https://aclanthology.org/people/a%20b/")]
    [InlineData("W19-4201.bib", "https://aclanthology.org/W19-4201.bib")]
    [InlineData("#abstract-W19-4201", null)]
    [InlineData("javascript:void(0)", null)]
    [InlineData("data:text/html,x", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void AbsoluteUrl_ResolvesAgainstTheSiteOnly(string? href, string? expected)
    {
        Assert.Equal(expected, HtmlPage.AbsoluteUrl(href, new Uri("https://aclanthology.org/")));
    }

    [Fact]
    public void Parse_ConcurrentPages_GiveTheSameText()
    {
        var markup = "<!doctype html><html><body>" + string.Concat(Enumerable.Range(0, 200).Select(i => $"<p>Paragraph {i}</p>")) + "</body></html>";
        var expected = HtmlPage.Parse(markup).RenderText();

        var texts = new string[64];
        Parallel.For(0, texts.Length, i => texts[i] = HtmlPage.Parse(markup).RenderText());

        Assert.All(texts, text => Assert.Equal(expected, text));
    }

    private static string PageFrom(string origin) => ResourceHeavyPage.Replace("{0}", origin, StringComparison.Ordinal);

    private sealed class TrapRequester : BaseRequester
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public override bool SupportsProtocol(string protocol) => true;

        protected override Task<IResponse?> PerformRequestAsync(Request request, CancellationToken cancel)
        {
            Interlocked.Increment(ref _calls);
            throw new InvalidOperationException($"A request was made: {request.Address}");
        }
    }
}
