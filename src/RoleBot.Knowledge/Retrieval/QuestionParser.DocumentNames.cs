using System.Text.RegularExpressions;
using RoleBot.Knowledge.Index.Analysis;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>Organisation names a question writes in more words than the documents' file names do.</summary>
public sealed partial class QuestionParser
{
    /// <summary>Whether an index term is a word of a document's name (giantswarm-onboarding.md: "giantswarm"); none when unset.</summary>
    public Func<string, bool>? NamesDocuments { get; init; }

    /// <summary>
    /// "giant swarm" where the file is giantswarm-onboarding.md, "hack for la" for hackforla-product-owner.md: two or
    /// three words that a document's name writes as one are joined, so they read as the organisation (not topic words
    /// that match "our giant swarm events").
    /// </summary>
    private string JoinedDocumentNames(string question)
    {
        if (NamesDocuments is null)
        {
            return question;
        }

        var words = Word().Matches(question);
        for (var i = words.Count - 2; i >= 0; i--)
        {
            for (var length = Math.Min(3, words.Count - i); length >= 2; length--)
            {
                var run = Enumerable.Range(i, length).Select(k => words[k]).ToList();
                var last = run[^1];
                var adjacent = run.Zip(run.Skip(1)).All(p => question.AsSpan(p.First.Index + p.First.Length, p.Second.Index - p.First.Index - p.First.Length) is var gap && (gap.IsWhiteSpace() || gap is "."));
                if (adjacent && NamesOneDocumentWord(run.Select(m => m.Value).ToList()))
                {
                    return JoinedDocumentNames(string.Concat(question.AsSpan(0, run[0].Index), string.Concat(run.Select(m => m.Value)), question.AsSpan(last.Index + last.Length)));
                }
            }
        }

        return question;
    }

    /// <summary>
    /// The words written together are one term naming a document, and not every word alone names one ("made tech" though
    /// "tech" names acme-tech-lead.md; not "tech lead" beside techlead-guide.md, each of whose words names a document).
    /// </summary>
    private bool NamesOneDocumentWord(List<string> words)
    {
        var joined = TermAnalysis.Terms(analyzer, string.Concat(words)).ToList();
        return joined is [var term] && NamesDocuments!(term) && !words.All(w => TermAnalysis.Terms(analyzer, w).Any(NamesDocuments!));
    }

    [GeneratedRegex(@"\b[A-Za-z]{2,}\b")]
    private static partial Regex Word();
}
