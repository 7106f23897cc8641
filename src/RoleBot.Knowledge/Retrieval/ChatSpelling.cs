using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// Chat shorthand as newcomers type it in Slack and Teams ("shd", "b4", "mgr", "engs", "w/"), spelled out before a
/// question is analysed, so neither the index nor the typo corrector sees a word no document uses. General English
/// chat forms only; team jargon and acronyms belong in the glossary.
/// </summary>
public static partial class ChatSpelling
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["u"] = "you", ["ur"] = "your", ["w"] = "with",     // not "r": R is a language
        ["shd"] = "should", ["shld"] = "should", ["shud"] = "should", ["wd"] = "would", ["cd"] = "could", ["cn"] = "can",
        ["b4"] = "before", ["abt"] = "about", ["bout"] = "about", ["thru"] = "through", ["tho"] = "though",
        ["w/"] = "with", ["w/o"] = "without", ["pls"] = "please", ["plz"] = "please", ["thx"] = "thanks",
        ["bc"] = "because", ["b/c"] = "because", ["cuz"] = "because", ["coz"] = "because", ["bcoz"] = "because",
        ["ppl"] = "people", ["sb"] = "somebody", ["smb"] = "somebody", ["sth"] = "something", ["smth"] = "something",
        ["esp"] = "especially", ["diff"] = "difference", ["wrt"] = "about", ["msg"] = "message", ["msgs"] = "messages",
        ["mgr"] = "manager", ["mgrs"] = "managers", ["mngr"] = "manager", ["mgmt"] = "management",
        ["eng"] = "engineer", ["engs"] = "engineers", ["dev"] = "developer", ["devs"] = "developers", ["devrel"] = "developer relations",
        ["req"] = "requirement", ["reqs"] = "requirements", ["exp"] = "experience", ["yr"] = "year", ["yrs"] = "years",
        ["resp"] = "responsibility", ["resps"] = "responsibilities", ["lvl"] = "level", ["lvls"] = "levels",
        ["sr"] = "senior", ["snr"] = "senior", ["jr"] = "junior", ["jnr"] = "junior",
        ["info"] = "information", ["dept"] = "department", ["org"] = "organisation", ["orgs"] = "organisations",
        ["prod"] = "production", ["infra"] = "infrastructure", ["oncall"] = "on-call", ["1:1"] = "one-on-one",
        ["1:1s"] = "one-on-ones", ["1on1"] = "one-on-one", ["prob"] = "probably", ["probs"] = "probably",
        ["gonna"] = "going to", ["wanna"] = "want to", ["gotta"] = "have to", ["kinda"] = "kind of", ["sorta"] = "sort of",
        ["dunno"] = "do not know", ["idk"] = "I do not know", ["whats"] = "what is", ["hows"] = "how is", ["whos"] = "who is",
        ["dose"] = "does", ["wat"] = "what", ["wats"] = "what's", ["wht"] = "what", ["hw"] = "how", ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow",
        ["approx"] = "approximately", ["asap"] = "as soon as possible", ["fyi"] = "for your information",
        ["retro"] = "retrospective", ["retros"] = "retrospectives", ["standups"] = "stand-ups", ["pto"] = "paid time off",
        ["ooo"] = "out of office", ["wfh"] = "work from home", ["eod"] = "end of day", ["docs"] = "documentation",
        ["repo"] = "repository", ["repos"] = "repositories", ["env"] = "environment", ["envs"] = "environments",
        ["config"] = "configuration", ["perf"] = "performance", ["deps"] = "dependencies", ["qs"] = "questions",
        ["q"] = "question", ["biz"] = "business", ["libs"] = "libraries", ["lib"] = "library", ["langs"] = "languages",
        ["lang"] = "language", ["til"] = "until", ["frm"] = "from", ["wth"] = "with", ["aftr"] = "after", ["bfr"] = "before",
        ["isnt"] = "is not", ["dont"] = "do not", ["doesnt"] = "does not", ["cant"] = "cannot", ["wont"] = "will not",
        ["didnt"] = "did not", ["arent"] = "are not", ["shouldnt"] = "should not", ["ive"] = "I have", ["youre"] = "you are",
        ["mins"] = "minutes", ["hrs"] = "hours", ["wk"] = "week", ["wks"] = "weeks", ["mo"] = "month", ["mos"] = "months",
        ["pw"] = "password", ["pwd"] = "password", ["pwds"] = "passwords", ["acct"] = "account", ["accts"] = "accounts",
        ["convo"] = "conversation", ["collab"] = "collaboration", ["eval"] = "evaluation", ["evals"] = "evaluations",
        ["a11y"] = "accessibility", ["i18n"] = "internationalization", ["l10n"] = "localization", ["promo"] = "promotion",
        ["promos"] = "promotions", ["comms"] = "communications", ["dwh"] = "data warehouse", ["mtg"] = "meeting", ["mtgs"] = "meetings", ["tz"] = "time zone",
        // Three letters are too short for typo correction (everything is within an edit of them): spelled out here.
        ["wen"] = "when", ["hav"] = "have", ["cud"] = "could", ["wud"] = "would", ["dat"] = "that", ["wer"] = "where",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The question with chat shorthand spelled out; everything else unchanged.</summary>
    public static string Expand(string question)
    {
        foreach (var (pattern, full) in InContext)
        {
            question = pattern.Replace(question, full);
        }

        return Token().Replace(question, m => Words.TryGetValue(m.Value, out var full) ? full : m.Value);
    }

    /// <summary>Shorthand whose meaning depends on the words around it, spelled out before the word-by-word table.</summary>
    private static readonly (Regex Pattern, string Full)[] InContext =
    [
        (WhatsAsWhatDoes(), "what does"),
        (AreAsR(), "are"),
        (EngAsEngineering(), "engineering"),
        (DiffAsDifferent(), "different"),
        (TechDeptAsDebt(), "$1 debt"),
    ];

    // "does a senior eng deal with tech dept?": "dept" after "tech" is debt misspelled; elsewhere a department.
    [GeneratedRegex(@"\b(tech(?:nical)?)\s+dept\b", RegexOptions.IgnoreCase)]
    private static partial Regex TechDeptAsDebt();

    // "whats a liaison do during an incident": "what's" before "a/the … do" is "what does" ("what is a liaison do" asks
    // nothing); "what's the best thing to do" and "what's a PM do with …"-style infinitives keep "what is".
    [GeneratedRegex(@"\bwhat(?:'|\u2019)?s(?=\s+(?:an?|the)\s+(?:(?!\bto\b)[^?.!,;]){1,60}?\s+do\b(?!\s+(?:with|to|for|about|it|that|this)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex WhatsAsWhatDoes();

    // "how is a principal eng diff from a staff one": "diff" is "different" before "from/than/to", else "difference".
    [GeneratedRegex(@"\bdiff(?=\s+(?:from|than|to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DiffAsDifferent();

    // "eng" names the discipline, not the person, before a word it qualifies: "eng managers" are engineering managers
    // (read as "engineer managers" the role went unrecognised), "eng team", "eng ladder", "eng director".
    [GeneratedRegex(@"\beng(?=\s+(?:manager|managers|mgr|mgrs|mgmt|management|lead|leads|leadership|director|directors|team|teams|org|orgs|organisation|organization|department|dept|ladder|culture|vp|head|levels?|career)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EngAsEngineering();

    // "r" is "are" only where R the language cannot be: opening a question ("r SREs on call?"), right after a question
    // word ("how long r 1:1s", "what r the perks") or before a pronoun ("which libs r they expected to know"). "does a DS
    // need R?" and "what about r?" keep their R.
    [GeneratedRegex(@"^r(?=\s)|(?<=\b(?i:how|what|why|when|where|who|how\s+(?:long|often|many|much))\s+)r(?=\s)|\br(?=\s+(?:they|you|u|we|there|these|those|people|ppl|folks|the|a|an|my|our|your|their|some|any)\b)")]
    private static partial Regex AreAsR();

    // Words, with the "/" and ":" of "w/o" and "1:1"; never inside a longer word or a URL.
    [GeneratedRegex(@"(?<![\w/:.])[\p{L}\d]+(?:[/:][\p{L}\d]*)?(?![\w/:])")]
    private static partial Regex Token();
}
