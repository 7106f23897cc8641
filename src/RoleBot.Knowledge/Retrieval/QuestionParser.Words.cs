using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>The words that shape a question rather than name its topic.</summary>
public sealed partial class QuestionParser
{
    /// <summary>Words that shape a question but are not its topic (checked on the words as written).</summary>
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "what", "whats", "what's", "how", "why", "when", "where", "who", "whom", "whose", "which", "does", "do", "did", "doing", "done",
        "should", "would", "could", "can", "may", "might", "must", "shall", "will", "need", "needs", "needed", "use", "uses", "using",
        "used", "know", "knows", "knowing", "require", "requires", "required", "have", "has", "having", "get", "gets", "i", "me",
        "my", "we", "our", "us", "you", "your", "he", "she", "his", "her", "them", "role", "roles", "person", "people", "someone",
        "somebody", "hey", "hi", "hello", "please", "thanks", "thank", "tell", "explain", "describe", "rolebot", "about", "vs",
        "versus", "compare", "compared", "comparison", "difference", "differences", "different", "differ", "between", "other",
        "typically", "usually", "really", "actually", "also", "more", "most", "some", "any", "all", "both", "kind", "sort", "type",
        "job", "jobs", "position", "one", "ones", "good", "well", "much", "many", "lot", "typical", "normally", "generally",
        "mean", "means", "am", "im", "i'm", "there", "here",
        // Contractions of the asker's pronouns ("b4 we'd make me a committer"): who is asking, not what about.
        "i'd", "we'd", "you'd", "they'd", "i'll", "we'll", "you'll", "they'll", "we're", "you're", "they're", "i've", "we've",
        "you've", "they've", "it's", "that's", "let's", "like", "want", "wants", "main", "key", "list", "give", "show",
        "mainly", "primarily", "exactly", "each", "etc", "kinds", "types", "rather", "than", "instead", "why", "face",
        "faces", "facing", "important", "importance", "matter", "matters", "necessary", "essential", "useful", "worth", "involved",
        "involve", "involves", "responsible", "expected", "supposed", "often", "daily", "everyday", "actual", "common",
        "exist", "exists", "define", "definition", "defined", "meaning", "means", "explained", "concern", "concerns", "considered", "consider", "anything", "something", "things", "thing", "stuff", "become", "becoming", "someone's",
        // Asking for an overview in other words ("quick overview pls", "tl;dr of the DS role"): the shape, not the topic.
        "overview", "summary", "summarise", "summarize", "nutshell", "gist", "rundown", "quick", "brief", "briefly", "basically",
        "overall", "pls", "plz",
        // Chat fillers and contractions that carry no topic ("or nah", "who's", "someone else").
        "nah", "lol", "btw", "tbh", "imo", "imho", "who's", "when's", "where's", "how's", "there's", "else", "new", "even",
        "so", "still", "just", "too", "ever", "yet", "ok", "okay",
        // Negated auxiliaries as written ("when folks can't agree"): the question's polarity (read by Negation), not its topic;
        // "folks", like "people", is whoever is asking about.
        "can't", "don't", "doesn't", "didn't", "won't", "isn't", "aren't", "wasn't", "shouldn't", "wouldn't", "couldn't",
        "folks", "folk",
        // Intensifiers and hearsay ("totally overwhelmed", "heard our lead …"): how it is said, not what about.
        "totally", "literally", "honestly", "kinda", "sorta", "heard",
        // "is either gig well paid?": which of the roles, not what about them.
        "either", "neither", "gig", "gigs",
        // "which pays better?": the comparison's word; what is compared is the pay.
        "better", "worse",
        // "can anyone become a member?": who may, not what about.
        "anyone", "anybody",
        // "what happens if i miss a page?": the shape of the question, not what it is about.
        "happen", "happens", "happened", "happening",
        // "do i need to worry about a11y?", "should i bother with docs?": whether it matters, as "concern" asks.
        "worry", "worried", "bother",
        // "a normal engineer vs an engineer in research": the role itself, set against a narrower one.
        "normal", "regular", "ordinary", "plain", "vanilla", "usual",
        // "what does an analytics engineer do, according to dbt Labs?": whose pages to read, as "at dbt Labs" says.
        "according",
    };

    /// <summary>Question words that name a kind of thing when a topic word follows them ("people side", "people management").</summary>
    private static readonly HashSet<string> NounModifiers = new(StringComparer.Ordinal) { "people", "person" };

    /// <summary>"how long", "how often", "how many": the amount asked for is the question's shape (<see cref="ParsedQuestion.AsksAmount"/>), not its topic.</summary>
    private static readonly HashSet<string> AmountWords = new(StringComparer.Ordinal)
    {
        "long", "often", "many", "much", "quickly", "quick", "fast", "soon", "frequently", "big", "large",
    };

    /// <summary>Words that join a question's parts in one place and are asked about in another.</summary>
    private static void WithoutJoiningWords(List<QueryTerm> topic, string corrected)
    {
        // "how does a DS differ from an MLE": "from" joins the two sides; elsewhere ("pull raw data from?") it is asked about.
        topic.RemoveAll(t => t.Surface.Equals("from", StringComparison.OrdinalIgnoreCase) && DifferBefore().IsMatch(corrected[..t.Start]));
        // "is kubernetes part of the MLE job?": "part of" says it belongs to the job; the job is asked about, not a part.
        // "which part of the pipeline" asks about a part, and keeps it.
        topic.RemoveAll(t => t.Surface.Equals("part", StringComparison.OrdinalIgnoreCase) && PartOf().IsMatch(corrected[t.End..]) && !APart().IsMatch(corrected[..t.Start]));
    }

    [GeneratedRegex(@"^\s+of\s+(?:the|a|an|my|your|their|our|his|her)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"\b(?:which|what|the|a|an|each|every|any|this|that|one|first|last|hardest|best|worst|main|big|biggest|fun|favourite|favorite)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex APart();

    [GeneratedRegex(@"\b(?:differ|differs|differed|different)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DifferBefore();

    // What a question asks for, by the words it is asked with.
    [GeneratedRegex(@"\b(should\s+i|become|becoming|career|switch|choose|pick|move\s+into|get\s+into)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CareerChoice();

    // "what hours does support run?", "what time is stand-up?": a time is an amount too.
    [GeneratedRegex(@"\bhow\s+(long|often|many|much|soon|quickly|frequently|big|large)\b|\bwhat\s+(hours|time|times|days)\b|\bwhen\s+(?:does|do|did|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    /// <summary>"what's a deputy?", "what is an OWNERS file", "what does toil mean": asking what a thing is.</summary>
    [GeneratedRegex(@"^(?:what\s+is|what's|whats|what\s+are|what're)\s+(?:a|an|the)\s+[^,;]+$|^what\s+does\s+.+\s+mean\b", RegexOptions.IgnoreCase)]
    private static partial Regex Definition();

    /// <summary>
    /// "what does a PMC do at apache?", "what does the steering council actually do", "what is a maintainer's job in
    /// crossplane": what a thing (not a known role) does.
    /// </summary>
    [GeneratedRegex(@"^what\s+(?:does|do)\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:actually\s+|really\s+|even\s+)?do\b|^what\s+(?:is|are)\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?(?:'s|’s|s')\s+(?:job|role|responsibilities|duties|remit)\b|^what\s+(?:is|are)\s+the\s+(?:job|role|responsibilities|duties|remit)\s+of\s+(?:an?|the)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WhatItDoes();

    [GeneratedRegex(@"\b(not|n't|never|without|no)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();
}
