using SharpFuzz;

namespace Scholarly.Parsing.Fuzz;

/// <summary>
/// The fuzzing harness's entry point. With no arguments it serves AFL++ through SharpFuzz (one input per
/// run on stdin); <c>replay DIR…</c> runs every file under the folders without AFL, so the harness is
/// exercised by CI and a crash AFL++ found can be reproduced with a debugger.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "replay")
        {
            return Replay(args[1..]);
        }

        if (args.Length > 0)
        {
            Console.Error.WriteLine("usage: Scholarly.Parsing.Fuzz            (under afl-fuzz: reads one input from stdin)");
            Console.Error.WriteLine("       Scholarly.Parsing.Fuzz replay DIR…  (runs every file under the folders; exit 1 on a failure)");
            return 2;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Run(buffer.ToArray());
        });
        return 0;
    }

    private static int Replay(string[] folders)
    {
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToList();
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
            }
            catch (Exception ex)
            {
                failures++;
                Console.Error.WriteLine($"FAILED {file}: {ex}");
            }
        }

        Console.WriteLine($"Replayed {files.Count} inputs: {failures} failed.");
        return failures == 0 && files.Count > 0 ? 0 : 1;
    }
}
