using System.Runtime.CompilerServices;

namespace Klachten.Modules.PreventiveAction.Tests.Golden;

/// <summary>
/// Compares a letter with its approved text in this folder, so that every change to a letter shows in review as a change to
/// a .txt file. To approve a deliberate change: run the tests with KLACHTEN_APPROVE_GOLDEN=1 (the files are rewritten in the
/// source tree), read the diff, commit it.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string subject, string body, [CallerFilePath] string here = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(here)!, name + ".txt");
        var actual = $"Onderwerp: {subject}\n\n{body.ReplaceLineEndings("\n").TrimEnd()}\n";
        if (Environment.GetEnvironmentVariable("KLACHTEN_APPROVE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No approved text {path}: run with KLACHTEN_APPROVE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
