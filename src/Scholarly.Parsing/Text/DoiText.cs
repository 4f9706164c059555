namespace Scholarly.Parsing.Text;

/// <summary>Reads a DOI as pages write it: bare, as a <c>doi:</c> name or as a <c>doi.org</c> address.</summary>
internal static class DoiText
{
    private static readonly string[] s_prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "DOI:"];

    /// <summary>The DOI (<c>10.18653/v1/N19-1423</c>), or <see langword="null"/> when the text is not one.</summary>
    public static string? Normalise(string? text)
    {
        var doi = text?.Trim();
        if (string.IsNullOrEmpty(doi))
        {
            return null;
        }

        foreach (var prefix in s_prefixes)
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                doi = doi[prefix.Length..].Trim();
                break;
            }
        }

        var slash = doi.IndexOf('/', StringComparison.Ordinal);
        return doi.StartsWith("10.", StringComparison.Ordinal) && slash > 3 && slash < doi.Length - 1 && !doi.Contains(' ', StringComparison.Ordinal)
            ? doi
            : null;
    }
}
