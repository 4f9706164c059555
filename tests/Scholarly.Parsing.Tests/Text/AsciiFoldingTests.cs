using Scholarly.Parsing.Text;

namespace Scholarly.Parsing.Tests.Text;

public sealed class AsciiFoldingTests
{
    [Theory]
    [InlineData("Müller", "muller")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łukasz Øster Æsir", "lukasz oster aesir")]
    [InlineData("Čapek–Dvořák", "capek-dvorak")]
    [InlineData("王俊", "")]
    [InlineData("Al-Onaizan", "al-onaizan")]
    public void Fold_Text_IsLowercaseAscii(string text, string expected)
    {
        Assert.Equal(expected, AsciiFolding.Fold(text));
    }
}
