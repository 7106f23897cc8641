using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using RoleBot.Knowledge.Index;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

public sealed partial class AnswerComposer
{
    /// <summary>Whether each role phrase asked about occurs in the documents (a composer lives as long as its snapshot).</summary>
    private readonly ConcurrentDictionary<string, bool> _mentioned = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Most phrases remembered (default 10,000): the phrases come from users' questions, so the cache is emptied when
    /// full rather than growing for as long as the snapshot serves. A phrase query costs well under a millisecond.
    /// </summary>
    public const int MaxRememberedPhrases = 10_000;

    internal int RememberedPhrases => _mentioned.Count;

    /// <summary>Whether the documents contain <paramref name="phrase"/>, remembered up to <see cref="MaxRememberedPhrases"/>.</summary>
    private bool Mentioned(string phrase) => Remembered(phrase, asRole: false);

    /// <summary>
    /// Whether the documents name the role <paramref name="phrase"/>, where words that name the documents themselves
    /// ("rust" in "a rust maintainer") qualify it rather than make another role.
    /// </summary>
    private bool MentionedAsRole(string phrase) => Remembered(phrase, asRole: true);

    private bool Remembered(string phrase, bool asRole)
    {
        var key = asRole ? "role:" + phrase : phrase;
        if (_mentioned.TryGetValue(key, out var known))
        {
            return known;
        }

        if (_mentioned.Count >= MaxRememberedPhrases)
        {
            _mentioned.Clear();
        }

        return _mentioned[key] = Mentions(phrase, asRole);
    }

    /// <summary>
    /// The role a question asks about when the documents never name it ("what does a scrum master do?"), or null.
    /// Only when the question names no role the documents cover: "should a software engineer become an MLE?" is still
    /// about the MLE.
    /// A glossary role that no passage is about and no passage names counts as absent too (the built-in glossary knows
    /// more roles than a team's documents may cover).
    /// </summary>
    private string? AbsentRole(ParsedQuestion question)
    {
        var asked = question.Roles.Select(r => r.Name).Concat(question.OtherRoles).ToList();
        if (asked.Count == 0)
        {
            return null;
        }

        // "what's the salary for a blockchain developer": the documents cover developers, never blockchain, so not this role.
        if (question.Roles.Count == 1 && question.QualifiedRoles.FirstOrDefault(q => (Unused(q.Qualifier) || Glossary.RoleDiscovery.IsRoleNounName(question.Roles[0].Name)) && !MentionedAsRole(q.Phrase)) is { Phrase: { } narrowed })
        {
            return narrowed;
        }

        if (question.Roles.Any(r => knowledge.Stats.PassagesByRole.GetValueOrDefault(r.Id) > 0))
        {
            return null;
        }

        return asked.All(r => !MentionedAsRole(r)) ? asked[0] : null;
    }

    /// <summary>
    /// A name the question asks about that the documents never mention ("should MLEs learn Terraform?"), or null: the
    /// knowledge cannot say anything about it, and quoting excerpts about the other words would read as an answer.
    /// Only a word written with a capital inside the question counts, or one that mixes letters and digits: that is how
    /// people write names, and the English word list is too small to tell "nutshell" or "headaches" from a product by
    /// spelling alone.
    /// </summary>
    private string? AbsentName(ParsedQuestion question) => AbsentComparisonSide(question) ?? AbsentTopicName(question);

    /// <summary>
    /// "tcp vs udp, which one …?": a side of a comparison none of whose words any passage, heading or document name
    /// uses, in any case — there is nothing to compare it on (lexical mode quoted whatever shared the question's other words).
    /// </summary>
    private string? AbsentComparisonSide(ParsedQuestion question) =>
        question.Shape == QuestionShape.Comparison && ComparisonSides.Find(question.Corrected) is { } sides
            ? new[] { sides.FirstWords, sides.SecondWords }.FirstOrDefault(side => !Glossary.LevelWords.AreLevel(side.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                && TermAnalysis.Terms(knowledge.Analyzer, side).ToList() is { Count: > 0 } terms && terms.All(UsedNowhere))
            : null;

    private string? AbsentTopicName(ParsedQuestion question) =>
        question.Topic.FirstOrDefault(t => !ConceptTokens.IsConcept(t.Term) && !t.Surface.Contains(' ') && t.Start > 0
            && ((t.Surface.Any(char.IsUpper) && knowledge.Vocabulary.IsUnknownName(t.Surface)) || IsCode(t.Surface))
            && UsedNowhere(t.Term))?.Surface
        ?? AbsentLogistics(question);

    /// <summary>
    /// Two topic words or more, and no passage, heading or document name uses any of them (nor their synonyms): "what's
    /// the on-call rotation like for MLEs?" over pages that never mention on-call. Meaning vectors still find lines near
    /// such a question ("sample interview questions for ML engineers"), but nothing in them is about it. One word alone
    /// may be a paraphrase the documents write otherwise ("how do i pick between the two careers?"). On seven sets this
    /// held for eight off-topic questions and no answerable one.
    /// Level numbers and level words ("data engineer 2 vs 3") do not count: the index keeps no lone digit.
    /// </summary>
    private bool NoTopicWordUsed(ParsedQuestion question) =>
        question.Topic.Where(t => Glossary.LevelWords.Number(t.Surface) is null && !Glossary.LevelWords.Is(t.Surface) && !t.Surface.All(char.IsAsciiDigit))
            .ToList() is { Count: >= 2 } words && words.All(t => UsedNowhere(t.Term));

    /// <summary>No passage's text or heading holds the index term, nor does any document's name.</summary>
    private bool UsedNowhere(string term) =>
        knowledge.Index.DocFreq(PassageIndex.TextField, term) == 0 && knowledge.Index.DocFreq(PassageIndex.HeadField, term) == 0
        && !DocumentNames.Contains(term);

    /// <summary>
    /// Letters and digits in one word ("401k", "ec2", "ic9"): a product, plan or level name in any case, never an English
    /// word, so the documents either use it or say nothing about it.
    /// </summary>
    private static bool IsCode(string word) => word.Length >= 3 && word.All(char.IsAsciiLetterOrDigit) && word.Any(char.IsAsciiDigit) && word.Any(char.IsAsciiLetter);

    /// <summary>No passage uses the word in any of its analysed forms (synonyms included: "k8s" is used where "Kubernetes" is), nor names a document with it.</summary>
    private bool Unused(string word) =>
        TermAnalysis.Terms(knowledge.Analyzer, word).All(t => knowledge.Index.DocFreq(PassageIndex.TextField, t) == 0 && !DocumentNames.Contains(t));

    /// <summary>Words that may come between a role phrase's words in a heading for the documents to mention it (default 1).</summary>
    public const int HeadingSlop = 1;

    private HashSet<string>? _roleNameTerms;

    /// <summary>Index terms of every role's names: "data" in "data engineer" is part of a role, not a project.</summary>
    private HashSet<string> RoleNameTerms => _roleNameTerms ??= knowledge.Glossary.Roles.SelectMany(r => r.AllNames)
        .SelectMany(n => TermAnalysis.Terms(knowledge.Analyzer, n)).Where(t => !ConceptTokens.IsConcept(t)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The word, or a synonym of it ("k8s" for kubernetes-*.md), names documents and no role.</summary>
    private bool NamesDocuments(string word)
    {
        // "scikit-learn" shares "learn" with "machine learning engineer", but only a word wholly of role names is one.
        if (TermAnalysis.Terms(knowledge.Analyzer, word).Where(t => !ConceptTokens.IsConcept(t)).ToList() is { Count: > 0 } own && own.All(RoleNameTerms.Contains))
        {
            return false;
        }

        var forms = knowledge.Glossary.Synonyms.FirstOrDefault(g => g.Contains(word, StringComparer.OrdinalIgnoreCase)) ?? [word];
        // "scikit-learn" is one name in two index terms: both must name documents (scikit-learn-governance.txt).
        return forms.Any(f => TermAnalysis.Terms(knowledge.Analyzer, f).Where(t => !ConceptTokens.IsConcept(t)).ToList() is { Count: > 0 } terms
            && terms.All(DocumentNames.Contains));
    }

    /// <summary>Whether the words of <paramref name="phrase"/> occur in this order in any passage or its headings (as analysed for the index).</summary>
    private bool Mentions(string phrase, bool asRole)
    {
        // "a rust maintainer": a word that names documents (rust-compiler-team.md) is the organisation or project the
        // role belongs to, which its pages seldom write next to the role ("maintainers of the compiler").
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (asRole && words.Length > 1)
        {
            phrase = string.Join(' ', words[..^1].SkipWhile(NamesDocuments).Append(words[^1]));
        }

        // A word with a synonym ("k8s" for Kubernetes) is looked up as the synonym's concept, which the index holds at
        // the same position wherever either word is written.
        var tokens = TermAnalysis.Analyze(knowledge.Analyzer, phrase);
        var terms = tokens.Where(t => !ConceptTokens.IsConcept(t.Term))
            .Select(t => tokens.Where(c => c.Term[0] == ConceptTokens.SynonymPrefix && c.Start == t.Start && c.End == t.End).Select(c => c.Term).FirstOrDefault() ?? t.Term)
            .ToList();
        if (terms.Count == 0)
        {
            return true;                                         // nothing to look for: do not refuse on it
        }

        // A heading names a role as well as the text does, and may put one word between ("Marketing/Growth Lead" is a
        // marketing lead). In running text a word between is too loose: "data, ML engineers" is no data engineer.
        var query = new BooleanQuery();
        foreach (var field in new[] { PassageIndex.TextField, PassageIndex.HeadField })
        {
            var inField = new PhraseQuery { Slop = field == PassageIndex.HeadField ? HeadingSlop : 0 };
            foreach (var term in terms)
            {
                inField.Add(new Term(field, term));
            }

            query.Add(inField, Occur.SHOULD);
        }

        // The index stems "manager" and "management" alike, so "service management" matched "service manager": a hit
        // counts only where the phrase is written with the role noun as such ("manager", "managers") — the words before
        // it by their stem, or any word where they have a synonym ("k8s" for "Kubernetes").
        var synonyms = tokens.Where(t => t.Term[0] == ConceptTokens.SynonymPrefix).ToList();
        var phraseWords = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lead = phraseWords[..^1].Select(w => synonyms.Count > 0 && TermAnalysis.Analyze(knowledge.Analyzer, w).Any(t => t.Term[0] == ConceptTokens.SynonymPrefix)
            ? @"[\w-]+" : System.Text.RegularExpressions.Regex.Escape(w) + @"\w*").ToList();
        var written = WrittenAs(lead, phraseWords[^1], 0);
        var headed = WrittenAs(lead, phraseWords[^1], HeadingSlop);
        if (knowledge.Index.Search(query, MentionChecks).Any(hit =>
            {
                var passage = knowledge.Passages[hit.Ordinal];
                return written.IsMatch(passage.Text) || headed.IsMatch(passage.Section) || headed.IsMatch(passage.DocumentTitle)
                    || headed.IsMatch(Path.GetFileNameWithoutExtension(passage.SourcePath).Replace('-', ' ').Replace('_', ' '));
            }))
        {
            return true;
        }

        // A qualifier that is itself a word of role names ("data" in "data engineer") makes a compound name that only
        // counts as written: a sentence on "data" and "engineers" is no data engineer.
        return asRole && terms.Count == 2 && phraseWords.Length == 2 && !RoleNameTerms.Contains(terms[0])
            && InOneSentence(terms, phraseWords[0], phraseWords[1]);
    }

    /// <summary>Characters within which a role noun and its one qualifier count as one role in a sentence (default 80).</summary>
    public const int QualifierReach = 80;

    /// <summary>
    /// "feedstock maintainers" where the documents write "Maintainers … merge pull requests into the feedstock": a role
    /// named by its noun and the one thing it qualifies it with, in either order within one sentence, is that role.
    /// "blockchain developer" stays absent: no sentence of the documents holds "blockchain" at all.
    /// </summary>
    private bool InOneSentence(List<string> terms, string qualifier, string noun)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(PassageIndex.TextField, term)), Occur.MUST);
        }

        var word = System.Text.RegularExpressions.Regex.Escape(qualifier) + @"\w*";
        // The noun stands bare, not as the end of another role's name ("Product managers … service management" is no
        // service manager): after punctuation, a line's start or a small word.
        var role = @"(?<=(?:^|[^\w\s-]|\b(?:the|a|an|of|by|and|or|to|for|their|its|our|all|any|other))\s*)"
            + System.Text.RegularExpressions.Regex.Escape(noun) + @"(?:s|es)?";
        var near = new System.Text.RegularExpressions.Regex(
            $@"\b{role}\b[^.!?\n]{{0,{QualifierReach}}}\b{word}\b|\b{word}\b[^.!?\n]{{0,{QualifierReach}}}\b{role}\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant
            | System.Text.RegularExpressions.RegexOptions.Multiline);
        return knowledge.Index.Search(query, MentionChecks).Any(hit => near.IsMatch(knowledge.Passages[hit.Ordinal].Text));
    }

    /// <summary>The words of <paramref name="lead"/>, then the role noun as itself or plural, up to <paramref name="between"/> words between.</summary>
    private static System.Text.RegularExpressions.Regex WrittenAs(IEnumerable<string> lead, string noun, int between)
    {
        var gap = between == 0 ? @"[\s/-]+" : $@"[\s/-]+(?:[\w&]+[\s/-]+){{0,{between}}}";
        return new System.Text.RegularExpressions.Regex($@"\b{string.Concat(lead.Select(w => w + gap))}{System.Text.RegularExpressions.Regex.Escape(noun)}(?:s|es)?\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    /// <summary>Passages whose text is checked for a role phrase's noun as written (default 50): the phrase query's best hits.</summary>
    public const int MentionChecks = 50;

    /// <summary>
    /// "service manager vs product manager" where the documents never mention a service manager: nothing to compare, so
    /// say so and quote what they say about the role they do cover (a table of one column would compare nothing, and
    /// quoting "service" lines as the service manager's would invent one).
    /// </summary>
    private Answer? AbsentSide(ParsedQuestion question)
    {
        if (question.Shape != QuestionShape.Comparison || question.Roles.Count != 1 || ComparisonSides.Find(question.Corrected) is not { } sides)
        {
            return null;
        }

        // The side that is no known role, named like a role ("service manager", not "R" in "python vs R for a DS").
        var missing = new[] { sides.FirstName, sides.SecondName }.FirstOrDefault(side => Glossary.RoleDiscovery.EndsInRoleNoun(side)
            && knowledge.Parser.Parse(side).Roles.Count == 0 && !MentionedAsRole(side));
        if (missing is null)
        {
            return null;
        }

        var missingWords = missing.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = question.Topic.Where(t => !missingWords.Contains(t.Surface, StringComparer.OrdinalIgnoreCase)).ToList();
        var known = question.Roles[0];
        var note = $"My sources don't mention {Phrasing.Article(missing)} {missing}, so I can't compare it with the {known.Name} role.";
        var overview = Quote(question with
        {
            Shape = QuestionShape.Open,
            Topic = rest,
            TopicText = string.Join(' ', rest.Select(t => t.Surface)),
            SemanticText = rest.Count == 0 ? $"what does {Phrasing.Article(known.Name)} {known.Name} do" : $"{known.Name} {string.Join(' ', rest.Select(t => t.Surface))}",
        });
        return overview.Answered
            ? overview with { Lead = $"{note} {overview.Lead}", Text = $"{note} {overview.Text}" }
            : NotCovered(question, $"My sources don't mention {Phrasing.Article(missing)} {missing}, so I won't guess.");
    }
}
