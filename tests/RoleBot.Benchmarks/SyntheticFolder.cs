using System.Globalization;

namespace RoleBot.Benchmarks;

/// <summary>
/// Writes a <see cref="SyntheticCorpus"/> as Markdown documents in a folder, so a benchmark can time the real load path
/// (reading, splitting, role tagging, indexing) rather than indexing passages built in memory.
/// </summary>
public static class SyntheticFolder
{
    /// <summary>Sections per document: one passage each, as <see cref="SyntheticCorpus"/> numbers them.</summary>
    private const int SectionsPerDocument = 50;

    /// <summary>Writes <paramref name="passages"/> passages under <paramref name="folder"/> (emptied first) and returns it.</summary>
    public static string Write(string folder, int passages)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var corpus = SyntheticCorpus.Generate(Paths.Knowledge, passages);
        foreach (var document in corpus.Chunk(SectionsPerDocument))
        {
            using var writer = new StreamWriter(Path.Combine(folder, Path.GetFileName(document[0].SourcePath)));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"# {document[0].DocumentTitle}\n\n"));
            foreach (var passage in document)
            {
                writer.Write($"## {passage.Section}\n\n{passage.Text}\n\n");
            }
        }

        return folder;
    }
}
