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

    /// <summary>
    /// Terms of a job post's headings about the employer or the applicant, not the role's work ("What we offer", "What we
    /// value", "Requirements", "Nice to have", "How to apply"): for an overview question they are not the role's description.
    /// </summary>
    private static readonly string[] NotDutyHeadingWords =
        TermAnalysis.Terms(RoleBotAnalyzer.Base, "offer benefits perks value values requirements qualifications nice apply compensation salary equal love").Distinct().ToArray();

    /// <summary>
    /// The passage's heading is about the employer or the applicant (<see cref="NotDutyHeadingWords"/>, <see
    /// cref="EmployerHeading"/>), not the role's work.
    /// </summary>
    /// <param name="documentNames">The index terms of the passage's document name and title, where the employer's name is.</param>
    internal static bool HeadedAsNoDuty(Passages.Passage passage, PassageAnalysis analysis, IReadOnlySet<string>? documentNames) =>
        analysis.HeadingTerms.Any(NotDutyHeadingWords.Contains) || EmployerHeading.Matches(passage.Section, documentNames);

    public const int DefaultDepth = 24;

    /// <summary>
    /// Passages taken from the vector search in hybrid mode (default 24, as many as from BM25): enough to reach an
    /// answering passage that shares no word with the question, few enough that re-ranking stays cheap.
    /// </summary>
    public const int SemanticDepth = 24;

    /// <summary>Best-ranked passages whose sentences get a cosine to the question (default 16, as many as compete for excerpts).</summary>
    public const int SentenceScoredPassages = 16;

    /// <summary>Weight of the fused rank (0–1 after dividing by the best possible) in the hybrid score (default 0.5).</summary>
    public const double FusedWeight = 0.5;

    /// <summary>
    /// Weight of the passage's cosine similarity above <see cref="DenseFloor"/> (default 2.5 per unit of cosine). Cosines of
    /// this model sit in a narrow band (unrelated ≈ 0.35, answering ≈ 0.55–0.75), so a 0.1 gap is a strong signal.
    /// </summary>
    public const double DenseWeight = 2.5;

    /// <summary>Cosine similarity below which a passage gets no semantic credit (default 0.35: unrelated text).</summary>
    public const double DenseFloor = 0.35;

    /// <summary>
    /// Share of a topic word's weight a passage gets when only its document's title or file name holds the word ("at
    /// gitlab" for a section of gitlab-backend-engineer.md that never repeats the name; default 1, the whole weight).
    /// Fitted on the two handbook sets: at 1 evidence@1 rose 0.449 → 0.461 (role) and 0.473 → 0.495 (team) in hybrid
    /// mode and 0.292 → 0.315 and 0.286 → 0.330 in lexical mode (team evidence@3 0.418 → 0.451); at 0.5 only one question moved.
    /// </summary>
    public const double DocumentTermShare = 1.0;

    /// <summary>A retriever over the passages this one searches that <paramref name="also"/> accepts too.</summary>
    public Retriever Within(Func<Passages.Passage, bool> also) =>
        new(knowledge, filter is null ? also : passage => filter(passage) && also(passage));

    /// <param name="weights">The topic's <see cref="Weights"/> when the caller already has them (they are needed for excerpts too).</param>
    /// <param name="semanticQuery">The text whose meaning vector finds candidates and ranks sentences (hybrid mode only).</param>
    /// <param name="documentWords">Words that name the documents asked about (<see cref="ParsedQuestion.DocumentWords"/>).</param>
    public IReadOnlyList<Candidate> Retrieve(IReadOnlyList<QueryTerm> topic, IReadOnlyList<string> roleIds, string? requiredRole = null, int depth = DefaultDepth,
        double[]? weights = null, string? semanticQuery = null, IReadOnlyList<string>? documentWords = null)
    {
        // Stage 1, candidates: BM25 hits, and in hybrid mode the nearest passages by meaning.
        var query = BuildQuery(topic, roleIds, requiredRole);
        var hits = query is null ? [] : knowledge.Index.Search(query, depth, filter is null ? null : ordinal => filter(knowledge.Passages[ordinal]));
        var semantic = semanticQuery is null ? null : knowledge.Semantic;
        var vector = semantic?.Embedder.EmbedQuery(semanticQuery!);
        var nearest = vector is null ? [] : SemanticCandidates(vector, roleIds, requiredRole, topic.Count == 0 ? depth : SemanticDepth);
        if (hits.Count == 0 && nearest.Count == 0)
        {
            return [];
        }

        // Stage 2, fusion: reciprocal rank over the two lists (just BM25's order in lexical mode).
        var fused = RankFusion.Fuse(hits.Select(h => h.Ordinal).ToList(), nearest.Select(n => n.Row).ToList());
        var bm25 = hits.ToDictionary(h => h.Ordinal, h => h.Score);
        var maxBm25 = hits.Count == 0 ? 1 : hits.Max(h => h.Score);
        var maxFused = RankFusion.Max(vector is null ? 1 : 2);

        // Stage 3, re-ranking: topic coverage, the asked role, the heading, and the fused rank or BM25.
        weights ??= Weights(topic);
        var totalWeight = weights.Sum();
        var candidates = new List<Candidate>(fused.Count);
        foreach (var (ordinal, fusedScore) in fused)
        {
            var passage = knowledge.Passages[ordinal];
            var analysis = knowledge.Analysis(ordinal);
            var covered = 0.0;
            var inHeading = 0.0;
            var documentTerms = topic.Count == 0 ? null : knowledge.DocumentNames.GetValueOrDefault(passage.SourcePath);
            for (var i = 0; i < topic.Count; i++)
            {
                if (analysis.Terms.Contains(topic[i].Term))
                {
                    covered += weights[i];
                }
                else if (documentTerms?.Contains(topic[i].Term) == true)
                {
                    covered += DocumentTermShare * weights[i];
                }

                if (analysis.HeadingTerms.Contains(topic[i].Term))
                {
                    inHeading += weights[i];
                }
            }

            var coverage = topic.Count == 0 ? 0 : covered / totalWeight;
            var headingCoverage = topic.Count == 0 ? 0 : inHeading / totalWeight;
            var roleMatch = RoleMatch(passage.Roles, roleIds);
            var lexical = bm25.GetValueOrDefault(ordinal);
            var dense = vector is null ? 0f : semantic!.Passages.Similarity(ordinal, vector);
            // Naming a role is a strong signal: a passage about another role must cover much more to win.
            var score = coverage + (0.6 * roleMatch) + (0.2 * headingCoverage) + (vector is null
                ? 0.3 * lexical / maxBm25
                : (FusedWeight * fusedScore / maxFused) + (DenseWeight * Math.Max(0, dense - DenseFloor)));
            if (topic.Count == 0 && roleMatch > 0)
            {
                // An overview question ("what does a data scientist do?"): the opening of a section that introduces the
                // role or its responsibilities, with enough text to say something (not a one-line "Job grade").
                score += (passage.Position == 1 ? 0.3 : passage.Position <= 3 ? 0.15 : 0)
                    + (passage.Part == 0 ? 0.1 : 0)
                    + (analysis.HeadingTerms.Any(t => ConceptTokens.IsRole(t) && roleIds.Contains(t[1..])) ? 0.15 : 0)
                    + (HeadedAsNoDuty(passage, analysis, knowledge.DocumentNames.GetValueOrDefault(passage.SourcePath)) ? -0.25
                        : analysis.HeadingTerms.Any(OverviewWords.Contains) || passage.Section == "Introduction" ? 0.25 : 0)
                    + (0.3 * Math.Min(1.0, passage.Text.Length / 400.0));
            }

            candidates.Add(new Candidate(passage, analysis, lexical, coverage, roleMatch, score)
            {
                Dense = dense,
                Fused = fusedScore,
            });
        }

        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        // "what does a DE do at gitlab?": the passages of the documents so named, when any is among the candidates
        // (the words are not topic, so nothing else would prefer them; the meaning vector alone let another
        // organisation's lookalike role description win).
        if (documentWords is { Count: > 0 })
        {
            var named = candidates.FindAll(c => knowledge.DocumentNames.GetValueOrDefault(c.Passage.SourcePath) is { } n && documentWords.All(n.Contains));
            if (named.Count > 0)
            {
                candidates = named;
            }
        }

        if (vector is not null)
        {
            // Sentence similarities only where excerpts are chosen: the best passages, not every fused candidate.
            for (var i = 0; i < Math.Min(SentenceScoredPassages, candidates.Count); i++)
            {
                candidates[i] = candidates[i] with { SentenceSimilarity = SentenceSimilarities(semantic!, candidates[i].Passage.Ordinal, vector) };
            }
        }

        return candidates;
    }

    /// <summary>The passages nearest in meaning, restricted to <paramref name="requiredRole"/>'s passages when one is required.</summary>
    private List<(int Row, float Similarity)> SemanticCandidates(float[] vector, IReadOnlyList<string> roleIds, string? requiredRole, int depth)
    {
        var matrix = knowledge.Semantic!.Passages;
        if (requiredRole is null && filter is null)
        {
            return matrix.Nearest(vector, depth);
        }

        // A scope or a required role: the nearest of the passages they allow (a pre-filter: a narrow scope, such as one
        // document, has few passages among the nearest of all).
        var passages = knowledge.Passages;
        return matrix.Nearest(vector, depth,
            row => (requiredRole is null || passages[row].Roles.Contains(requiredRole)) && (filter is null || filter(passages[row])));
    }

    private static float[] SentenceSimilarities(Semantic.SemanticIndex semantic, int ordinal, float[] vector)
    {
        var result = new float[semantic.SentenceCount(ordinal)];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = semantic.Sentences.Similarity(semantic.SentenceRow(ordinal, i), vector);
        }

        return result;
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
    public double[] Weights(IReadOnlyList<QueryTerm> topic)
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
