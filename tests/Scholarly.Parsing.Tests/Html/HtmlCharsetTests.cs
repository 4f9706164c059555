using System.Text;
using Scholarly.Parsing.Html;

namespace Scholarly.Parsing.Tests.Html;

public sealed class HtmlCharsetTests
{
    private const string Page = "<html><head>{0}</head><body>Weißgraeber – “Käufl”</body></html>";

    [Fact]
    public void Decode_Utf8DeclaredAsUtf8_IsReadWithoutANote()
    {
        var decoded = HtmlCharset.Decode(Encoding.UTF8.GetBytes(PageWith("<meta charset=utf-8>")), wasCut: false);

        Assert.Contains("Weißgraeber – “Käufl”", decoded.Markup, StringComparison.Ordinal);
        Assert.Null(decoded.Note);
    }

    [Fact]
    public void Decode_Utf8DeclaredAsLatin1_IsReadAsUtf8AndSaysSo()
    {
        var decoded = HtmlCharset.Decode(Encoding.UTF8.GetBytes(PageWith("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")), wasCut: false);

        Assert.Contains("Weißgraeber", decoded.Markup, StringComparison.Ordinal);
        Assert.Contains("iso-8859-1", decoded.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Windows1252WithoutDeclaration_IsReadAsWindows1252AndSaysSo()
    {
        var decoded = HtmlCharset.Decode(Windows1252(PageWith("")), wasCut: false);

        Assert.Contains("Weißgraeber – “Käufl”", decoded.Markup, StringComparison.Ordinal);
        Assert.Contains("no character set", decoded.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Windows1252Declared_IsReadWithoutANote()
    {
        var decoded = HtmlCharset.Decode(Windows1252(PageWith("<meta charset=\"windows-1252\">")), wasCut: false);

        Assert.Contains("Weißgraeber – “Käufl”", decoded.Markup, StringComparison.Ordinal);
        Assert.Null(decoded.Note);
    }

    [Fact]
    public void Decode_Latin1BytesDeclaredAsUtf8_ReplacesThemAndSaysSo()
    {
        var decoded = HtmlCharset.Decode(Windows1252(PageWith("<meta charset=UTF-8>")), wasCut: false);

        Assert.Contains("Wei\uFFFDgraeber", decoded.Markup, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", decoded.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnknownCharset_FallsBackToWindows1252AndSaysSo()
    {
        var decoded = HtmlCharset.Decode(Windows1252(PageWith("<meta charset=x-klingon>")), wasCut: false);

        Assert.Contains("Weißgraeber", decoded.Markup, StringComparison.Ordinal);
        Assert.Contains("x-klingon", decoded.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8CutInsideACharacter_IsStillUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body>Weißgraeber ü");

        var decoded = HtmlCharset.Decode(bytes.AsSpan(0, bytes.Length - 1), wasCut: true);

        Assert.Equal("<html><body>Weißgraeber ", decoded.Markup);
        Assert.Null(decoded.Note);
    }

    [Fact]
    public void Decode_ByteOrderMarks_Win()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html>Käufl")).ToArray();

        Assert.Equal("<html>Käufl", HtmlCharset.Decode(utf16, wasCut: false).Markup);
    }

    private static string PageWith(string head) => Page.Replace("{0}", head, StringComparison.Ordinal);

    private static byte[] Windows1252(string text)
    {
        // Encoded by hand so the test does not depend on code-page support.
        var map = new Dictionary<char, byte> { ['–'] = 0x96, ['“'] = 0x93, ['”'] = 0x94 };
        return [.. text.Select(c => map.TryGetValue(c, out var b) ? b : checked((byte)c))];
    }
}
