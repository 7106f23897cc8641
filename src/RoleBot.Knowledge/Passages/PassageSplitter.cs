using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Glossary;
using RoleBot.Knowledge.Index.Analysis;

namespace RoleBot.Knowledge.Passages;

/// <summary>
/// A passage with the tokens of its text when role tagging had to analyse it (null when a heading named the roles):
/// the index and the sentence analysis reuse them instead of analysing the text again.
/// </summary>
public sealed record AnalyzedPassage(Passage Passage, AnalyzedToken[]? Tokens);

/// <summary>
/// Cuts documents into passages: one per section, long sections split at block boundaries. A passage whose headings
/// name no role is tagged from its text's tokens, which travel on with it (<see cref="AnalyzedPassage"/>). Texts whose
/// roles the heading gives are not analysed here: capturing tokens costs about a third of an analysis and keeping
/// them costs memory, so Lucene analyses those once while indexing (measured in README, "Speed").
/// </summary>
/// <param name="terms">Shares term strings among all passages of a load (their tokens are kept until sentence analysis).</param>
public sealed class PassageSplitter(RoleTagger roles, TermPool terms)
{
    /// <summary>The section of text before a document's first heading.</summary>
    public const string Introduction = "Introduction";

    /// <summary>Target passage size in characters; a section longer than this is split between blocks.</summary>
    public const int MaxPassageChars = 1200;

    public IEnumerable<AnalyzedPassage> Split(SourceDocument document)
    {
        var credit = Credit(document.Metadata);
        var documentRoles = roles.DocumentRoles(document);
        var counter = 0;
        foreach (var section in document.Sections)
        {
            var sectionName = section.HeadingPath.Count == 0 ? Introduction : section.Path;
            var headingRoles = roles.HeadingRoles(section.HeadingPath);
            var part = 0;
            var first = 0;
            foreach (var chunk in Chunks(section.Blocks))
            {
                var text = string.Join('\n', chunk);
                var id = $"{document.SourcePath}#{++counter}";
                var tokens = headingRoles.Count > 0 ? null : TermAnalysis.AnalyzeToArray(roles.Analyzer, text, terms);
                var passage = new Passage(id, document.Title, sectionName, document.SourcePath, document.Metadata.Url, text,
                    tokens is null ? headingRoles.ToList() : RoleTagger.TextRoles(tokens, documentRoles), credit)
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
