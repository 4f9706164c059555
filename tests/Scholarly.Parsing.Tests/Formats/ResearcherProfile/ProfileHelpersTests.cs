using Scholarly.Parsing.Formats.ResearcherProfile;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Tests.Formats.ResearcherProfile;

public sealed class ProfileHelpersTests
{
    [Theory]
    [InlineData("CV", "cs.CV")]
    [InlineData("LG", "cs.LG")]
    [InlineData("CL", "cs.CL")]
    [InlineData("AI", "cs.AI")]
    [InlineData("IR", "cs.IR")]
    [InlineData("SI", "cs.SI")]
    [InlineData("RO", "cs.RO")]
    [InlineData("ML", "stat.ML")]
    [InlineData("ME", "stat.ME")]
    [InlineData("TH", "stat.TH")]
    [InlineData("IV", "eess.IV")]
    [InlineData("AS", "eess.AS")]
    [InlineData("OC", "math.OC")]
    [InlineData("NC", "q-bio.NC")]
    // Ambiguous codes: cs first, then stat, eess, math, q-bio, q-fin, econ.
    [InlineData("NA", "cs.NA")]
    [InlineData("SY", "cs.SY")]
    [InlineData("IT", "cs.IT")]
    [InlineData("CO", "stat.CO")]
    [InlineData("AP", "stat.AP")]
    [InlineData("SP", "eess.SP")]
    [InlineData("GN", "math.GN")]
    [InlineData("cs.LG", "cs.LG")]
    [InlineData("quant-ph", "quant-ph")]
    public void TryResolve_KnownCode_GivesFullCategory(string code, string expected)
    {
        Assert.True(ArxivAreas.TryResolve(code, out var category));
        Assert.Equal(expected, category);
    }

    [Theory]
    [InlineData("QX")]
    [InlineData("EE")]
    [InlineData("xx.YY")]
    public void TryResolve_UnknownCode_KeepsItAsWritten(string code)
    {
        Assert.False(ArxivAreas.TryResolve(code, out var category));
        Assert.Equal(code, category);
    }

    [Theory]
    [InlineData("CVMar 26, 2023Code", "CV", 2023, 3, 26, true)]
    [InlineData("LGSep 26, 2023", "LG", 2023, 9, 26, false)]
    [InlineData("CVApr 17Code", "CV", null, 4, 17, true)]
    [InlineData("LGMay 21", "LG", null, 5, 21, false)]
    [InlineData("LGFeb 1Code", "LG", null, 2, 1, true)]
    [InlineData("LGSept 3, 2021", "LG", 2021, 9, 3, false)]
    [InlineData("MLMarch 3, 2021", "ML", 2021, 3, 3, false)]
    public void TryReadHeader_WellFormedHeader_SplitsItsParts(string line, string area, int? year, int month, int day, bool code)
    {
        Assert.True(ProfileLines.TryReadHeader(line, out var header));
        Assert.True(header.IsWellFormed);
        Assert.Equal((area, year, (int?)month, (int?)day, code), (header.Area, header.Year, header.Month, header.Day, header.HasCode));
    }

    [Theory]
    [InlineData("LGFoo 99, 20x5")]
    [InlineData("CVMarc 3, 2020")]
    [InlineData("LGMar 0, 2020")]
    public void TryReadHeader_MalformedDate_IsAHeaderThatIsNotWellFormed(string line)
    {
        Assert.True(ProfileLines.TryReadHeader(line, out var header));
        Assert.False(header.IsWellFormed);
    }

    [Theory]
    [InlineData("Kyungwoo Song")]
    [InlineData("LG")]
    [InlineData("46 Papers")]
    [InlineData("CVPR 2023 Best Paper")]
    [InlineData("Learning from Matured Dumb Teacher for Fine Generalization")]
    public void TryReadHeader_OtherLine_IsNoHeader(string line) =>
        Assert.False(ProfileLines.TryReadHeader(line, out _));

    [Theory]
    [InlineData("h-index13", MetricKinds.HIndex, 13, MetricUnit.Count)]
    [InlineData("46papers", MetricKinds.PaperCount, 46, MetricUnit.Count)]
    [InlineData("794citations", MetricKinds.Citations, 794, MetricUnit.Count)]
    [InlineData("12,345citations", MetricKinds.Citations, 12345, MetricUnit.Count)]
    [InlineData("Novelty53%", MetricKinds.Novelty, 53, MetricUnit.Percent)]
    [InlineData("AI Score59", MetricKinds.AiScore, 59, MetricUnit.Score)]
    [InlineData("i10-index25", MetricKinds.I10Index, 25, MetricUnit.Count)]
    public void TryReadMetric_GluedMetric_IsTyped(string line, string kind, double value, MetricUnit unit)
    {
        Assert.True(ProfileLines.TryReadMetric(line, out var metric, out var known));
        Assert.True(known);
        Assert.Equal((kind, value, unit, line), (metric.Kind, metric.Value, metric.Unit, metric.Label));
    }

    [Theory]
    [InlineData("Reading List12", "reading-list", MetricUnit.Score)]
    [InlineData("Open Access40%", "open-access", MetricUnit.Percent)]
    public void TryReadMetric_UnknownLabel_GetsCustomKind(string line, string kind, MetricUnit unit)
    {
        Assert.True(ProfileLines.TryReadMetric(line, out var metric, out var known));
        Assert.False(known);
        Assert.Equal((kind, unit), (metric.Kind, metric.Unit));
    }

    [Theory]
    [InlineData("46 Papers", 46)]
    [InlineData("3 Papers", 3)]
    [InlineData("1 Paper", 1)]
    [InlineData("1,204 Papers", 1204)]
    public void TryReadCount_CountLine_IsRead(string line, int expected)
    {
        Assert.True(ProfileLines.TryReadCount(line, out var count));
        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData("Code: https://github.com/a/b.", LinkKind.Code, "https://github.com/a/b")]
    [InlineData("at \\url{https://gitlab.com/a/b}", LinkKind.Code, "https://gitlab.com/a/b")]
    [InlineData("see github.com/a/b for code", LinkKind.Code, "https://github.com/a/b")]
    [InlineData("models at https://huggingface.co/org/model", LinkKind.Code, "https://huggingface.co/org/model")]
    [InlineData("data at https://huggingface.co/datasets/org/set,", LinkKind.Data, "https://huggingface.co/datasets/org/set")]
    [InlineData("data on https://zenodo.org/records/1", LinkKind.Data, "https://zenodo.org/records/1")]
    [InlineData("project page (https://a.github.io/proj)", LinkKind.Page, "https://a.github.io/proj")]
    [InlineData("see https://en.wikipedia.org/wiki/Kernel_(statistics).", LinkKind.Page, "https://en.wikipedia.org/wiki/Kernel_(statistics)")]
    [InlineData("\\href{https://x.org/p}{the page}", LinkKind.Page, "https://x.org/p")]
    public void Find_Url_IsTrimmedAndClassified(string text, LinkKind kind, string url) =>
        Assert.Equal([new Link { Kind = kind, Url = url }], AbstractLinks.Find(text));

    [Fact]
    public void Find_SameUrlTwice_GivesOneLink() =>
        Assert.Single(AbstractLinks.Find(@"\href{https://github.com/a/b}{https://github.com/a/b/} and https://github.com/a/b."));

    [Theory]
    [InlineData("No links here at all.")]
    [InlineData("An e-mail such as someone@github.com is not a link.")]
    [InlineData("A bare https:// scheme.")]
    public void Find_NoUrl_GivesNothing(string text) => Assert.Empty(AbstractLinks.Find(text));

    [Theory]
    [InlineData("Changdae Oh, Hyesu Lim, Mijoo Kim et al. · cmu, uw", 3, true, 2)]
    [InlineData("Seunghwan An, Kyungwoo Song, Jong-June Jeon", 3, false, 0)]
    [InlineData("Hoyong Kim", 1, false, 0)]
    [InlineData("Ann Lee, Bo Chen and Cy Diaz", 3, false, 0)]
    public void Read_AuthorLine_SplitsNamesFlagsAndAffiliations(string line, int authors, bool truncated, int affiliations)
    {
        Assert.True(ProfileAuthors.LooksLikeAuthorLine(line));
        var read = ProfileAuthors.Read(line);
        Assert.Equal((authors, truncated, affiliations), (read.Authors.Count, read.Truncated, read.Affiliations.Count));
    }

    [Theory]
    [InlineData("In replay-based methods for continual learning, replaying input samples in episodic memory has shown its effectiveness.")]
    [InlineData("We prove a bound of 3.5 on the regret.")]
    public void LooksLikeAuthorLine_Prose_IsNoAuthorLine(string line) =>
        Assert.False(ProfileAuthors.LooksLikeAuthorLine(line));
}
