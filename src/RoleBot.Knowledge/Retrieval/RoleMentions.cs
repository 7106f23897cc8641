using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// Finds phrases in a question that name a role the glossary does not know: "a scrum master", "blockchain developers",
/// "an SRE". Whether the knowledge mentions them at all is decided later, against the index
/// (<see cref="Answers.AnswerComposer"/>): a role the documents never name is not covered, whatever else matches.
/// </summary>
internal static partial class RoleMentions
{
    /// <summary>
    /// Words that qualify any role without naming a different one ("a good engineer", "a senior developer"): they are
    /// dropped before the phrase is looked up, so only the words that make it a distinct role remain.
    /// </summary>
    private static readonly HashSet<string> GenericModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "good", "great", "new", "senior", "junior", "staff", "principal", "lead", "typical", "average", "solid", "strong",
        "successful", "first", "experienced", "entry", "level", "entry-level", "mid", "mid-level", "full", "time", "full-time",
        "part", "part-time", "remote", "local", "our", "my", "your", "their", "this", "that", "the", "other", "same", "real",
        "best", "bad", "young", "old", "future", "current", "former", "fellow", "team", "one", "any", "every", "each", "ideal",
        // "a normal engineer" is the role itself, set against a narrower one ("engineer in research vs a normal engineer").
        "normal", "regular", "ordinary", "plain", "vanilla", "usual", "generic",
        // "open engineer jobs" are open jobs; an "organisation member" belongs to the organisation, which membership
        // documents name in their own words ("members of the GitHub organization"). Not "project" or "community": a
        // "project manager" and a "community liaison" are roles of their own.
        "open", "available", "org", "organisation", "organization",
        // "how many engineers", "several reviewers": how many, not which kind.
        "many", "few", "several", "more", "most", "some", "all", "both", "two", "three", "four", "five", "multiple", "enough",
    };

    /// <summary>Words that end a noun phrase to their left ("do", "for", "is"): the modifiers are the words after them.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "do", "does", "did", "is", "are", "was", "were", "be", "what", "whats", "how", "who", "why", "when", "where",
        "which", "should", "can", "could", "would", "will", "for", "of", "to", "in", "at", "on", "with", "as", "and", "or", "vs",
        "become", "becoming", "as", "from", "into", "than", "like", "about", "need", "i", "we", "you", "they", "it", "no", "not",
    };

    /// <summary>
    /// The phrases of <paramref name="question"/> that look like a role (modifiers plus a role noun, or an acronym after
    /// an article) and lie outside <paramref name="knownSpans"/>, the spans of roles the glossary recognised.
    /// </summary>
    /// <param name="qualified">Receives known roles narrowed by a word outside their name ("blockchain developer"), with that word.</param>
    public static List<string> Unknown(string question, IReadOnlyList<(int Start, int End)> knownSpans, List<(string Qualifier, string Phrase)>? qualified = null)
    {
        var result = new List<string>();
        bool Known(int start, int end) => knownSpans.Any(s => start < s.End && s.Start < end);
        foreach (Match match in Described().Matches(question))
        {
            var head = match.Groups["head"];
            // "who picks reviewers": the word after "who" is its verb, not a kind of reviewer.
            if (AfterWho(question, match.Groups["mods"]))
            {
                continue;
            }

            if (Known(head.Index, head.Index + head.Length))
            {
                // "a blockchain developer": a role the glossary knows, narrowed by a word outside its name.
                var mods = match.Groups["mods"];
                var last = LastWord().Match(mods.Value).Groups[1];
                if (qualified is not null && last.Success && !Known(mods.Index + last.Index, mods.Index + last.Index + last.Length)
                    && !GenericModifiers.Contains(last.Value) && !FunctionWords.Contains(last.Value) && last.Value.All(char.IsLetter))
                {
                    qualified.Add((last.Value, $"{last.Value} {head.Value.TrimEnd('s')}"));
                }

                continue;
            }

            var words = match.Groups["mods"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var modifiers = words.Skip(Array.FindLastIndex(words, FunctionWords.Contains) + 1).SkipWhile(GenericModifiers.Contains).ToList();
            if (modifiers.Count == 0 || modifiers.Any(GenericModifiers.Contains) || (!match.Groups["article"].Success && !words.Any(w => w is "a" or "an" or "the") && !head.Value.EndsWith('s')))
            {
                continue;                                        // a bare "engineer", or words that only qualify one
            }

            // The word next to the role noun is what makes it a distinct role ("scrum master"); words further left are
            // usually an organisation or a qualifier ("carpentries accessibility coordinator"), which the text may omit.
            result.Add($"{modifiers[^1]} {head.Value.TrimEnd('s')}");
        }

        foreach (Match match in Acronym().Matches(question))
        {
            var acronym = match.Groups["acr"];
            if (!Known(acronym.Index, acronym.Index + acronym.Length))
            {
                result.Add(acronym.Value);
            }
        }

        return result;
    }

    /// <summary>The phrase's modifiers are one word right after "who" or "whom" ("who picks reviewers", "who trains new mentors").</summary>
    private static bool AfterWho(string question, Group mods)
    {
        var words = mods.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The word before the last modifier: inside the phrase ("who picks") or just before it.
        var previous = words.Length >= 2 ? words[^2] : LastWord().Match(question[..mods.Index]).Groups[1].Value;
        return previous.Equals("who", StringComparison.OrdinalIgnoreCase) || previous.Equals("whom", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Nouns that end a role's name ("scrum master", "nurse practitioner", "marketing intern").</summary>
    private const string RoleNouns = "master|engineer|developer|architect|manager|owner|director|officer|scientist|analyst|designer|specialist"
        + "|administrator|consultant|coordinator|researcher|tester|recruiter|evangelist|steward|practitioner|intern|assistant|associate"
        + "|representative|advocate|writer|accountant|lawyer|attorney|executive|planner|strategist|technician|operator|editor|producer"
        + "|marketer|trainer|instructor|teacher|auditor|therapist|physician|lead|maintainer|contributor|reviewer|member|chair|liaison"
        + "|commander|mentor|coach|agent|clerk|secretary|treasurer|librarian|nurse|programmer|leader|curator|facilitator";

    // The head is the last role noun of the phrase: "a nurse practitioner", "a lead engineer" are not "nurse", "lead".
    [GeneratedRegex(@"(?:\b(?<article>an?|the)\s+)?(?<mods>(?:[a-z][\w+#.-]*\s+){1,2})(?<head>(?:" + RoleNouns + @")s?)\b(?!\s+(?:" + RoleNouns + @")s?\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Described();

    [GeneratedRegex(@"(\S+)\s*$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"\b(?:an?|the)\s+(?<acr>[A-Z][A-Za-z]?[A-Z]{1,3})\b")]
    private static partial Regex Acronym();
}
