
namespace RoleBot.Knowledge.Index.Analysis;

/// <summary>
/// Builds the synonym map that turns every way of writing a role or a glossary term into one concept token:
/// "MLE", "ML engineers" and "machine learning engineer" all add <c>@ml-engineer</c>; "k8s" and "Kubernetes" both add
/// <c>~kubernetes</c>. Originals are kept, so "machine learning" still matches on its own.
/// </summary>
public static class ConceptTokens
{
    public const char RolePrefix = '@';
    public const char SynonymPrefix = '~';

    public static string ForRole(string roleId) => RolePrefix + roleId;

    public static bool IsRole(string token) => token.Length > 1 && token[0] == RolePrefix;

    public static bool IsConcept(string token) => token.Length > 1 && (token[0] == RolePrefix || token[0] == SynonymPrefix);

    /// <summary>The analyzer for a glossary: its roles and synonym groups as concept tokens.</summary>
    public static RoleBotAnalyzer AnalyzerFor(Glossary.Glossary glossary)
    {
        var roles = new ConceptLexicon();
        foreach (var role in glossary.Roles)
        {
            foreach (var name in role.AllNames)
            {
                Add(roles, RoleBotAnalyzer.RoleKeys, name, ForRole(role.Id));
            }
        }

        var synonyms = new ConceptLexicon();
        foreach (var group in glossary.Synonyms)
        {
            var concept = SynonymPrefix + string.Join('-', TermAnalysis.Terms(RoleBotAnalyzer.SynonymKeys, group[0]));
            foreach (var member in group)
            {
                Add(synonyms, RoleBotAnalyzer.SynonymKeys, member, concept);
            }
        }

        return new RoleBotAnalyzer(roles, synonyms);
    }

    private static void Add(ConceptLexicon dictionary, RoleBotAnalyzer keys, string phrase, string concept)
    {
        if (concept.Length >= 2)
        {
            dictionary.Add(TermAnalysis.Terms(keys, phrase).ToArray(), concept);
        }
    }
}
