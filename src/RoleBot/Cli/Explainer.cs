using RoleBot.Knowledge;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Cli;

/// <summary><c>ask --explain</c>: how a question was understood and how passages ranked, for knowledge owners.</summary>
internal static class Explainer
{
    public static void Write(KnowledgeBase knowledge, string question, TextWriter output)
    {
        var parsed = knowledge.Parser.Parse(question);
        output.WriteLine($"read as: {parsed.Corrected}");
        output.WriteLine($"shape: {parsed.Shape}; roles: {string.Join(", ", parsed.Roles.Select(r => r.Id))}; topic: {string.Join(" ", parsed.Topic.Select(t => $"{t.Term}({t.Surface})"))}");
        var retriever = new Retriever(knowledge);
        var roles = parsed.Roles.Select(r => r.Id).ToList();
        var weights = retriever.Weights(parsed.Topic);
        output.WriteLine($"weights: {string.Join(" ", weights.Select(w => w.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
        if (knowledge.Semantic is { } semantic)
        {
            // The "not covered" gate weighs sentence similarity against this (Answers/CoverageGate.cs).
            output.WriteLine($"off-topic baseline: {semantic.OffTopicBaseline.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)}");
        }
        foreach (var candidate in retriever.Retrieve(parsed.Topic, roles, weights: weights, semanticQuery: parsed.SemanticText).Take(8))
        {
            var pick = Knowledge.Answers.ExcerptPicker.Choose(candidate, parsed.Topic, weights, roles);
            output.WriteLine($"  {candidate.Score:F2} cov={candidate.Coverage:F2} role={candidate.RoleMatch} bm25={candidate.Bm25:F1} dense={candidate.Dense:F2} rrf={candidate.Fused:F3} {candidate.Passage.Id} [{string.Join(",", candidate.Passage.Roles)}] {candidate.Passage.Section}");
            output.WriteLine($"       match={pick.MatchWeight:F2} sim={pick.Similarity:F2} roles=[{string.Join(",", pick.Sentence.RoleIds)}] \"{pick.Excerpt.Text}\"");
        }
    }
}
