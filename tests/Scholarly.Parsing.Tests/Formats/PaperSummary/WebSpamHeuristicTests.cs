using Scholarly.Parsing.Formats.PaperSummary;

namespace Scholarly.Parsing.Tests.Formats.PaperSummary;

public sealed class WebSpamHeuristicTests
{
    [Theory]
    [InlineData("Attention Is All You Need")]
    [InlineData("Linear Warmup With Linear Decay")]
    [InlineData("Layer Normalization")]
    [InlineData("WordPiece")]
    [InlineData("Dropout")]
    [InlineData("Softmax")]
    [InlineData("Residual Connection")]
    [InlineData("Adversarial Robustness in Machine Learning")]
    [InlineData("Hate Speech and Cyberbullying Detection")]
    [InlineData("Precision@k")]
    [InlineData("Recall@10")]
    [InlineData("Hits@1")]
    [InlineData("ResNet-101")]
    [InlineData("GPT-4")]
    [InlineData("1x1 Convolution")]
    [InlineData("Discounted Cumulative Gain")]
    [InlineData("How to Train Your ViT?")]
    [InlineData("Phone Recognition")]
    [InlineData("Contact-Rich Manipulation")]
    [InlineData("Mixture of Experts")]
    [InlineData("Q-Learning")]
    [InlineData("ImageNet-21k")]
    [InlineData("2019-2023 Benchmark Results")]
    public void IsSpam_MethodAndTopicNames_AreNotSpam(string name)
    {
        Assert.False(WebSpamHeuristic.IsSpam(name, out var reason), reason);
        Assert.Equal("", reason);
    }

    [Theory]
    [InlineData("Refunds@Expedia|||How do I get a full refund from Expedia?", "an '@' address")]
    [InlineData("Refunds@Expedia|||How do I get a full refund from Expedia?", "'|||' separators")]
    [InlineData("Refunds@Expedia|||How do I get a full refund from Expedia?", "advertising wording \"refund\"")]
    [InlineData("support@airline-help.com", "an '@' address")]
    [InlineData("Call +1-888-555-0199 now", "a phone number")]
    [InlineData("Expedia customer service 1 (800) 555-0123", "a phone number")]
    [InlineData("Expedia customer service 1 (800) 555-0123", "advertising wording \"customer service\"")]
    [InlineData("Best deals https://spam.example/offer", "a web link")]
    [InlineData("QuickBooks Support|||Phone", "'|||' separators")]
    [InlineData("How do I change my flight?", "a help-desk question")]
    public void IsSpam_WebSpam_IsSpamWithAReason(string entry, string sign)
    {
        Assert.True(WebSpamHeuristic.IsSpam(entry, out var reason));
        Assert.Contains(sign, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void IsSpam_ImplausiblyLongEntry_IsSpam()
    {
        Assert.True(WebSpamHeuristic.IsSpam(new string('a', 400), out var reason));
        Assert.Contains("too long", reason, StringComparison.Ordinal);
    }
}
