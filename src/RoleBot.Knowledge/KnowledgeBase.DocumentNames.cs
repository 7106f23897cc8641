using RoleBot.Knowledge.Index.Analysis;

namespace RoleBot.Knowledge;

/// <summary>The words that say which document a passage is in: its file's name and its title.</summary>
public sealed partial class KnowledgeBase
{
    /// <summary>
    /// Per document (source path): the index terms of its file name and title ("GitLab Backend Engineer",
    /// gitlab-backend-engineer.md), what every section of it is about without repeating it. Made once, on first use.
    /// </summary>
    public IReadOnlyDictionary<string, HashSet<string>> DocumentNames => _documentNames.Value;

    private readonly Lazy<Dictionary<string, HashSet<string>>> _documentNames;

    /// <summary>Every term of any document's name or title: the words that say which document, not what is in it.</summary>
    public IReadOnlySet<string> DocumentNameTerms => _documentNameTerms.Value;

    private readonly Lazy<HashSet<string>> _documentNameTerms;

    private Dictionary<string, HashSet<string>> NamesOfDocuments()
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (path, title) in Passages.Select(p => (p.SourcePath, p.DocumentTitle)).Distinct())
        {
            var name = Path.GetFileNameWithoutExtension(path).Replace('-', ' ').Replace('_', ' ');
            if (!names.TryGetValue(path, out var terms))
            {
                names[path] = terms = new HashSet<string>(StringComparer.Ordinal);
            }

            terms.UnionWith(TermAnalysis.Terms(Analyzer, $"{name} {title}").Where(t => !ConceptTokens.IsConcept(t)));
        }

        return names;
    }
}
