using Lucene.Net.Index;
using Lucene.Net.Search;
using RoleBot.Knowledge.Index;
using RoleBot.Knowledge.Index.Analysis;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// BM25 retrieval from Lucene, re-ranked by topic coverage and by whether a passage is about the asked role:
/// for "does an MLE need X" an ML-engineer passage about X beats a data-scientist one.
/// </summary>
/// <param name="filter">Only passages it accepts are searched (a channel's scope); null searches everything.</param>
public sealed class Retriever(KnowledgeBase knowledge, Func<Passages.Passage, bool>? filter = null)
{
    /// <summary>Terms that make a passage an overview of a role, for questions that name only a role.</summary>
    private static readonly string[] OverviewWords =
        TermAnalysis.Terms(RoleBotAnalyzer.Base, "responsibilities role what does do overview introduction core focus job").Distinct().ToArray();

    public const int DefaultDepth = 24;

    /// <param name="weights">The topic's <see cref="Weights"/> when the caller already has them (they are needed for excerpts too).</param>
    public IReadOnlyList<Candidate> Retrieve(IReadOnlyList<QueryTerm> topic, IReadOnlyList<string> roleIds, string? requiredRole = null, int depth = DefaultDepth, double[]? weights = null)
    {
        var query = BuildQuery(topic, roleIds, requiredRole);
        if (query is null)
        {
            return [];
        }

        var hits = knowledge.Index.Search(query, depth, filter is null ? null : ordinal => filter(knowledge.Passages[ordinal]));
        if (hits.Count == 0)
        {
            return [];
        }

        weights ??= Weights(topic);
        var totalWeight = weights.Sum();
        var maxBm25 = hits.Max(h => h.Score);
        var candidates = new List<Candidate>(hits.Count);
        foreach (var (ordinal, bm25) in hits)
        {
            var passage = knowledge.Passages[ordinal];
            var analysis = knowledge.Analysis(ordinal);
            var covered = 0.0;
            var inHeading = 0.0;
            for (var i = 0; i < topic.Count; i++)
            {
                if (analysis.Terms.Contains(topic[i].Term))
                {
                    covered += weights[i];
                }

                if (analysis.HeadingTerms.Contains(topic[i].Term))
                {
                    inHeading += weights[i];
                }
            }

            var coverage = topic.Count == 0 ? 0 : covered / totalWeight;
            var headingCoverage = topic.Count == 0 ? 0 : inHeading / totalWeight;
            var roleMatch = RoleMatch(passage.Roles, roleIds);
            // Naming a role is a strong signal: a passage about another role must cover much more to win.
            var score = coverage + (0.6 * roleMatch) + (0.3 * bm25 / maxBm25) + (0.2 * headingCoverage);
            if (topic.Count == 0 && roleMatch > 0)
            {
                // An overview question ("what does a data scientist do?"): the opening of a section about the role.
                // An overview question ("what does a data scientist do?"): the opening of a section that introduces the
                // role or its responsibilities, with enough text to say something (not a one-line "Job grade").
                score += (passage.Position == 1 ? 0.3 : passage.Position <= 3 ? 0.15 : 0)
                    + (passage.Part == 0 ? 0.1 : 0)
                    + (analysis.HeadingTerms.Any(t => ConceptTokens.IsRole(t) && roleIds.Contains(t[1..])) ? 0.15 : 0)
                    + (analysis.HeadingTerms.Any(OverviewWords.Contains) || passage.Section == "Introduction" ? 0.25 : 0)
                    + (0.3 * Math.Min(1.0, passage.Text.Length / 400.0));
            }
            candidates.Add(new Candidate(passage, analysis, bm25, coverage, roleMatch, score));
        }

        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        return candidates;
    }

    /// <summary>1 when the passage is about an asked role, -1 when it is only about other roles, else 0.</summary>
    internal static int RoleMatch(IReadOnlyList<string> passageRoles, IReadOnlyList<string> askedRoles)
    {
        if (askedRoles.Count == 0 || passageRoles.Count == 0)
        {
            return 0;
        }

        return passageRoles.Any(askedRoles.Contains) ? 1 : -1;
    }

    /// <summary>BM25-style idf per topic term; a term the knowledge never uses weighs as much as an average known term.</summary>
    internal double[] Weights(IReadOnlyList<QueryTerm> topic)
    {
        var n = Math.Max(1, knowledge.Index.DocumentCount);
        var weights = new double[topic.Count];
        var known = new List<double>();
        for (var i = 0; i < topic.Count; i++)
        {
            var df = knowledge.Index.DocFreq(PassageIndex.TextField, topic[i].Term);
            weights[i] = df == 0 ? double.NaN : Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
            if (df > 0)
            {
                known.Add(weights[i]);
            }
        }

        var unknownWeight = known.Count > 0 ? known.Average() : 1.0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (double.IsNaN(weights[i]))
            {
                weights[i] = unknownWeight;
            }
        }

        return weights;
    }

    private static Query? BuildQuery(IReadOnlyList<QueryTerm> topic, IReadOnlyList<string> roleIds, string? requiredRole)
    {
        var roles = new BooleanQuery();
        foreach (var id in roleIds)
        {
            roles.Add(new TermQuery(new Term(PassageIndex.RoleField, id)) { Boost = 1.5f }, Occur.SHOULD);
            roles.Add(new TermQuery(new Term(PassageIndex.TextField, ConceptTokens.ForRole(id))) { Boost = 0.5f }, Occur.SHOULD);
        }

        var query = new BooleanQuery();
        if (topic.Count > 0)
        {
            var terms = new BooleanQuery();
            foreach (var term in topic)
            {
                terms.Add(new TermQuery(new Term(PassageIndex.TextField, term.Term)), Occur.SHOULD);
                terms.Add(new TermQuery(new Term(PassageIndex.HeadField, term.Term)) { Boost = 0.6f }, Occur.SHOULD);
            }

            query.Add(terms, Occur.MUST);
            if (roleIds.Count > 0)
            {
                query.Add(roles, Occur.SHOULD);
            }
        }
        else if (roleIds.Count > 0)
        {
            query.Add(roles, Occur.MUST);
            var overview = new BooleanQuery();
            foreach (var word in OverviewWords)
            {
                overview.Add(new TermQuery(new Term(PassageIndex.HeadField, word)), Occur.SHOULD);
            }

            overview.Add(new TermQuery(new Term(PassageIndex.MarkField, "start")) { Boost = 2f }, Occur.SHOULD);
            query.Add(overview, Occur.SHOULD);
        }
        else
        {
            return null;
        }

        if (requiredRole is not null)
        {
            query.Add(new TermQuery(new Term(PassageIndex.RoleField, requiredRole)) { Boost = 0.01f }, Occur.MUST);
        }

        return query;
    }
}
