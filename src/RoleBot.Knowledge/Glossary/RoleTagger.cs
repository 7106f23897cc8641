using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Index.Analysis;

namespace RoleBot.Knowledge.Glossary;

/// <summary>Decides which roles a document, a passage or a sentence is about, from the glossary's role names.</summary>
public sealed class RoleTagger(Glossary glossary, RoleBotAnalyzer analyzer)
{
    public Glossary Glossary => glossary;

    /// <summary>The analyzer role names are found with (the index's, so its tokens can be reused for indexing).</summary>
    public RoleBotAnalyzer Analyzer => analyzer;

    /// <summary>Role ids mentioned in <paramref name="text"/>, in order of first mention.</summary>
    public List<string> Mentions(string text) => Mentions(TermAnalysis.Analyze(analyzer, text));

    /// <summary>Role ids among tokens this tagger's analyzer produced, in order of first mention.</summary>
    public static List<string> Mentions(IEnumerable<AnalyzedToken> tokens)
    {
        var ids = new List<string>();
        foreach (var token in tokens)
        {
            if (ConceptTokens.IsRole(token.Term))
            {
                var id = token.Term[1..];
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }

    /// <summary>Front-matter roles (resolved through the glossary), else the roles named in the title.</summary>
    public IReadOnlyList<string> DocumentRoles(SourceDocument document)
    {
        var declared = (document.Metadata.Roles ?? [])
            .Select(r => glossary.Resolve(r)?.Id ?? r.Trim().ToLowerInvariant().Replace(' ', '-'))
            .Distinct()
            .ToList();
        return declared.Count > 0 ? declared : Mentions(document.Title);
    }

    /// <summary>
    /// A section's heading names its role when it names one; otherwise the roles its text mentions;
    /// otherwise the document's roles.
    /// </summary>
    public IReadOnlyList<string> PassageRoles(IReadOnlyList<string> headingPath, string text, IReadOnlyList<string> documentRoles)
    {
        var inHeading = HeadingRoles(headingPath);
        return inHeading.Count > 0 ? inHeading : TextRoles(TermAnalysis.Analyze(analyzer, text), documentRoles);
    }

    /// <summary>The roles the innermost heading that names any names (empty when none does).</summary>
    public List<string> HeadingRoles(IReadOnlyList<string> headingPath)
    {
        for (var i = headingPath.Count - 1; i >= 0; i--)
        {
            var inHeading = Mentions(headingPath[i]);
            if (inHeading.Count > 0)
            {
                return inHeading;
            }
        }

        return [];
    }

    /// <summary>For a section whose headings name no role: the roles its text's tokens mention, with the document's.</summary>
    public static IReadOnlyList<string> TextRoles(IReadOnlyList<AnalyzedToken> textTokens, IReadOnlyList<string> documentRoles)
    {
        var inText = Mentions(textTokens);
        return inText.Count > 0 ? inText.Union(documentRoles).ToList() : documentRoles;
    }
}
