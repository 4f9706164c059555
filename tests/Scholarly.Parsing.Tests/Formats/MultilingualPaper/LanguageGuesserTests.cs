using Scholarly.Parsing.Formats.MultilingualPaper;

namespace Scholarly.Parsing.Tests.Formats.MultilingualPaper;

public sealed class LanguageGuesserTests
{
    [Theory]
    [InlineData("See-Saw-Modalitätsbalance: Sehen Sie den Gradienten und nähen Sie die beeinträchtigte Vision-Sprache-Balance", "de")]
    [InlineData("See-Saw Modality Balance: See Gradient, and Sew Impaired Vision-Language Balance to Mitigate Dominant Modality Bias", "en")]
    [InlineData("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "en")]
    [InlineData("Übermäßige Abhängigkeit", "de")]
    public void Guess_Title_GivesItsLanguage(string text, string language) =>
        Assert.Equal(language, LanguageGuesser.Guess(text, MultilingualPaperTable.Default.Languages));

    [Theory]
    [InlineData("BalGrad")]
    [InlineData("Sparse Routing Helps Small Vision-Language Models Ground Rare Objects")]
    [InlineData("")]
    public void Guess_TextWithoutTellingWords_IsUnknown(string text) =>
        Assert.Null(LanguageGuesser.Guess(text, MultilingualPaperTable.Default.Languages));
}
