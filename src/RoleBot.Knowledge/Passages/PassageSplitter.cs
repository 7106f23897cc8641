using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Glossary;

namespace RoleBot.Knowledge.Passages;

/// <summary>Cuts documents into passages: one per section, long sections split at block boundaries.</summary>
public sealed class PassageSplitter(RoleTagger roles)
{
    /// <summary>Target passage size in characters; a section longer than this is split between blocks.</summary>
    public const int MaxPassageChars = 1200;

    public IEnumerable<Passage> Split(SourceDocument document)
    {
        var credit = Credit(document.Metadata);
        var documentRoles = roles.DocumentRoles(document);
        var counter = 0;
        foreach (var section in document.Sections)
        {
            var sectionName = section.HeadingPath.Count == 0 ? "Introduction" : section.Path;
            var part = 0;
            var first = 0;
            foreach (var chunk in Chunks(section.Blocks))
            {
                var text = string.Join('\n', chunk);
                var id = $"{document.SourcePath}#{++counter}";
                yield return new Passage(id, document.Title, sectionName, document.SourcePath, document.Metadata.Url, text,
                    roles.PassageRoles(section.HeadingPath, text, documentRoles), credit)
                {
                    Part = part++,
                    Position = counter,
                    Pages = section.Pages?.Skip(first).Take(chunk.Count).ToArray(),
                    Updated = document.Metadata.Updated,
                    Tags = document.Metadata.Tags,
                    Owners = document.Metadata.Owners,
                };
                first += chunk.Count;
            }
        }
    }

    private static IEnumerable<List<string>> Chunks(IReadOnlyList<string> blocks)
    {
        var chunk = new List<string>();
        var size = 0;
        foreach (var block in blocks)
        {
            if (size > 0 && size + block.Length > MaxPassageChars)
            {
                yield return chunk;
                chunk = [];
                size = 0;
            }

            chunk.Add(block);
            size += block.Length + 1;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private static string? Credit(DocumentMetadata metadata)
    {
        if (metadata.Source is null)
        {
            return metadata.Author;
        }

        return metadata.Author is null ? metadata.Source : $"{metadata.Source} ({metadata.Author})";
    }
}
