namespace Scholarly.Parsing.AotSmoke;

/// <summary>Turns the command line's files and folders into the pages to parse.</summary>
internal static class Pages
{
    /// <summary>
    /// Every file named, and every file under every folder named, with the path to show: relative to its
    /// folder argument and with '/' separators, so the output does not depend on where the repository is.
    /// </summary>
    public static IEnumerable<(string Path, string ShownPath)> Find(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var root = new DirectoryInfo(argument);
                var files = Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Select(file => (Path: file, ShownPath: root.Name + "/" + Path.GetRelativePath(argument, file).Replace('\\', '/')))
                    .OrderBy(page => page.ShownPath, StringComparer.Ordinal);
                foreach (var page in files)
                {
                    yield return page;
                }
            }
            else
            {
                yield return (argument, Path.GetFileName(argument));
            }
        }
    }
}
