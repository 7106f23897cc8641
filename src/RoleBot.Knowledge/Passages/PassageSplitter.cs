using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Glossary;
using RoleBot.Knowledge.Index.Analysis;

namespace RoleBot.Knowledge.Passages;

/// <summary>A passage with the tokens of its text, analysed once and reused for role tagging, indexing and sentence analysis.</summary>
public sealed record AnalyzedPassage(Passage Passage, AnalyzedToken[] Tokens);

/// <summary>
/// Cuts documents into passages: one per section, long sections split at block boundaries. Each passage's text is
/// analysed here, once: its tokens tag its roles and travel on to the index (<see cref="AnalyzedPassage"/>).
/// </summary>
/// <param name="terms">Shares term strings among all passages of a load (their tokens are kept until sentence analysis).</param>
public sealed class PassageSplitter(RoleTagger roles, TermPool terms)
{
    /// <summary>Target passage size in characters; a section longer than this is split between blocks.</summary>
    public const int MaxPassageChars = 1200;

    public IEnumerable<AnalyzedPassage> Split(SourceDocument document)
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
                var tokens = TermAnalysis.AnalyzeToArray(roles.Analyzer, text, terms);
                var passage = new Passage(id, document.Title, sectionName, document.SourcePath, document.Metadata.Url, text,
                    roles.PassageRoles(section.HeadingPath, tokens, documentRoles), credit)
                {
                    Part = part++,
                    Position = counter,
                    Pages = section.Pages?.Skip(first).Take(chunk.Count).ToArray(),
                    Updated = document.Metadata.Updated,
                    Tags = document.Metadata.Tags,
                    Owners = document.Metadata.Owners,
                };
                yield return new AnalyzedPassage(passage, tokens);
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
