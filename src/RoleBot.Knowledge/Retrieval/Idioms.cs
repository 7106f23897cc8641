using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// Everyday workplace idioms, rewritten in the plain words documents use ("on the hook for" → "accountable for",
/// "calls the shots" → "makes the decisions"), so neither BM25 nor a small embedding model has to know the figure of
/// speech. General English only, like <see cref="ChatSpelling"/>; a team's jargon belongs in the glossary.
/// </summary>
public static partial class Idioms
{
    /// <summary>Possessives an idiom may carry ("get their hands dirty", "put my foot down").</summary>
    private const string Own = @"(?:my|your|his|her|their|our|its|one's|the)";

    /// <summary>What makes "push" deploying: "… the model to prod", "… it into production".</summary>
    private const string ToProduction = @"(?= (?:(?:the|a|an|our|their|my|your) )?(?:[\w-]+ )?(?:to|into|in) prod(?:uction)?\b)";

    /// <summary>What makes "bring in / bring on" adding people: "… new committers", "… more reviewers".</summary>
    private const string OnNewOnes = @" (?:on|in)(?= (?:new|more|extra|additional|fresh)\b)";

    private static readonly (Regex Pattern, string Plain)[] Table =
    [
        (Idiom(@"on the hook (?:for|to)"), "accountable for"),
        (Idiom(@"on the hook"), "accountable"),
        (Idiom(@"(?:who's|whos|who is) (?:calling|making) the shots"), "who makes the final decisions"),
        (Idiom(@"(?:call|calls|calling|called) the shots"), "makes the final decisions"),
        (Idiom(@"(?:the )?buck stops?"), "final accountability lies"),
        (Idiom(@"(?:have|has|had) the final say"), "makes the final decision"),
        (Idiom(@"(?:gets?|getting|have|has|had) the (?:last|final) word"), "makes the final decision"),
        (Idiom(@"(?:are |is |get |gets )?(?:deadlocked|at an impasse|at a stalemate|stalemated)"), "cannot agree"),
        (Idiom($@"(?:get|gets|getting) {Own} hands dirty"), "do hands-on technical work"),
        (Idiom($@"(?:roll|rolls|rolling) up {Own} sleeves"), "do hands-on work"),
        (Idiom(@"(?:keep|keeps|keeping) the lights on"), "operate and maintain the systems reliably"),
        (Idiom($@"(?:eat|eats|eating) {Own} own dog\s?food"), "use our own product"),
        (Idiom(@"dog\s?fooding"), "using our own product"),
        (Idiom(@"ivory tower"), "theoretical"),
        (Idiom(@"(?:wear|wears|wearing) (?:a lot of|lots of|many|multiple) hats"), "take on many different responsibilities"),
        (Idiom($@"(?:put|puts|putting) {Own} foot down"), "push back and say no"),
        (Idiom(@"pick up the slack"), "fill gaps"),
        (Idiom(@"(?:fall|falls|falling|fell) through the cracks"), "is missed"),
        (Idiom(@"(?:see|sees) eye to eye"), "agree"),
        (Idiom($@"(?:in|out of) over (?:{Own} )?head"), "stuck and need help"),
        (Idiom($@"(?:raise|raises|raising) {Own} hand"), "ask for help"),
        (Idiom(@"nuts and bolts"), "technical details"),
        (Idiom(@"in the weeds"), "in the technical details"),
        (Idiom(@"(?:move|moves|moving) the needle"), "have impact"),
        (Idiom(@"(?:low|lowest)[- ]hanging fruit"), "quick wins"),
        (Idiom(@"(?:a )?strong suit"), "strength"),
        (Idiom(@"in a nutshell"), "summary"),
        (Idiom(@"tl;?dr"), "summary"),
        (Idiom(@"(?:trip|trips|tripping) (?:\w+ )?up"), "challenge"),
        (Idiom(@"headaches?"), "challenges"),
        (Idiom(@"cash cow"), "well paid"),
        (Idiom(@"(?:that|the) ship (?:has )?sailed"), "declining demand"),
        (Idiom(@"the bar"), "the expectations"),
        (Idiom(@"(?:sign|signs|signing) off on"), "approve"),
        (Idiom(@"(?:sign|signs|signing) off"), "approve"),
        (Idiom(@"sign-?offs?"), "approvals"),
        (Idiom(@"(?:go|goes|going|gone|went) quiet"), "become inactive"),
        (Idiom(@"(?:go|goes|going|gone|went) dark"), "become inactive"),
        (Idiom(@"(?:tick|ticks|check|checks) (?:off )?(?:every|all|all the|each) (?:box|boxes|requirement|requirements|item)"), "meet every requirement"),
        (Idiom(@"(?:write|writes|writing|jot|jots|jotting|note|notes|noting) (?:stuff|things|it|them|that|this|everything) down"), "document"),
        (Idiom(@"(?:haggle|haggling) (?:on|over)"), "negotiate"),
        // "loop in the PM", not "the loop in the pipeline": a verb after "to/should/we…", or with its object between.
        (Idiom(@"(?:looping in|(?<=\b(?:to|should|i|we|you|pls|please|must|can|will|do)\s+)loop in|(?:loop|loops|looping) (?:someone|somebody|sb|me|him|her|them|us|others|people)(?: else)? in)"), "involve"),
        (Idiom(@"(?:get|gets|getting) up to speed"), "onboard"),
        (Idiom(@"(?:learn|learning) the ropes"), "onboard"),
        (Idiom(@"(?:hit|hits|hitting) the ground running"), "be productive quickly"),
        (Idiom(@"(?:on|in) the same page"), "aligned"),
        (Idiom(@"(?:a )?monster (?:PR|pull request|change)"), "very large pull request"),
        (Idiom(@"(?:drop|drops|dropping) the ball"), "fail to deliver"),
        (Idiom(@"(?:step|steps|stepping) on (?:\w+ )?toes"), "overlap responsibilities"),
        // "what does a DS do day to day?" asks for an overview; "day" alone stays a word ("my first day").
        (Idiom(@"(?:on a )?day[- ]to[- ]day(?: basis)?"), "daily"),
        (Idiom(@"on a daily basis"), "daily"),
        // "who posts to the status page mid-incident": during it ("mid" alone weighed as a rare topic word); "mid-level"
        // and "mid-career" stay.
        (Idiom(@"mid-(?!level|career|senior|size|sized|range|market|tier|weight)(\w+)"), "during the $1"),
        // "before it lands", "once my PR lands": a change that lands is merged; not a plane, nor "lands a job".
        (Idiom(@"(it|my pr|the pr|the change|my change|a change|the patch|a patch|the commit) (?:lands|landed|land)"), "$1 is merged"),
        // "what we've tried so far": up to now, no topic ("how far out do they plan" keeps its "far").
        (Idiom(@"(?:up )?(?:so|thus) far"), ""),
        // Where the asker is, not what they ask about ("what trips up MLEs at work?"): every document is about work.
        (Idiom(@"(?:at|in|during) (?:work|the office|the job|my job|their job|your job)(?=\s*[?.!]?$)"), ""),
        (Idiom(@"on the job(?=\s*[?.!]?$)"), ""),
        (Idiom(@"(?:around|round) here(?=\s*[?.!]?$)"), ""),
        // "what does a DevRel do all day?", "what would the EM spend their time on?": what the role does, in chat.
        (Idiom(@"(do|does|doing) all day(?: long)?"), "$1"),
        (Idiom($@"(?:spend|spends|spending) {Own} (?:time|days|day|week|weeks) (?:on|doing|with)(?=\s*[?.!]?$)"), "do"),
        // "their MLE-ish role": an approximation mark, not a word of the topic.
        (Idiom(@"(\w+)-ish"), "$1"),
        // "what counts as toil?" asks what toil is.
        (Idiom(@"(?<=^|\b(?:so|and|but|ok)\s+)what (?:counts|qualifies) as"), "what is"),
        (Idiom("brings" + OnNewOnes), "adds"),
        (Idiom("bringing" + OnNewOnes), "adding"),
        (Idiom("(?:bring|brought)" + OnNewOnes), "add"),
        // "who pushes the model to prod?": pushing something to production is deploying it.
        (Idiom("pushes" + ToProduction), "deploys"),
        (Idiom("pushing" + ToProduction), "deploying"),
        (Idiom("push" + ToProduction), "deploy"),
        (Idiom(@"(?:team|teams|teaming|teamed|pair|pairs|pairing|paired) up"), "collaborate"),
        (Idiom(@"(?:join|joins|joining) forces"), "collaborate"),
        (Idiom(@"(?:work|works|working) hand in hand"), "collaborate"),
        (Idiom(@"(?:a )?big deal"), "important"),
        (Idiom(@"bread and butter"), "core work"),
        (Idiom(@"go-?to (?:person|guy|people|contact)"), "main contact"),
        (Idiom(@"(?:ramp|ramps|ramping) up"), "onboard"),
        (Idiom(@"hand-?holding"), "close guidance"),
        (Idiom(@"(?:keep|keeps|keeping) an eye on"), "monitor"),
        (Idiom(@"(?:a )?ballpark(?: figure)?"), "an estimate"),
        (Idiom(@"(?:touch|touches|touching) base"), "check in"),
        (Idiom(@"(?:climb|climbs|climbing) the (?:career )?ladder"), "get promoted"),
        (Idiom(@"(?:a )?jack of all trades"), "generalist"),
        (Idiom(@"(?:keep|kept|keeping|be|stay|staying) in the loop"), "stay informed"),
        (Idiom(@"out of the loop"), "uninformed"),
        (Idiom(@"(?:pull|pulls|pulling|bring|brings|bringing) (?:someone|somebody|others|people|sb)(?: else)? in"), "escalate to someone"),
        (Idiom(@"(?:burn|burns|burning) (?:my|your|their|the) boats"), "commit for good"),
        (Idiom(@"(?:throw|throwing|throws) (?:out )?the baby out with the bath\s?water"), "lose what is valuable"),
        // When things break, and who answers for it.
        (Idiom(@"(?:go|goes|going|gone|went) (?:sideways|south|pear-shaped|belly up)"), "goes wrong"),
        (Idiom(@"(?:pull|pulls|pulling|pulled|hit|hits|hitting|sound|sounds|sounding) the (?:fire )?alarm"), "escalate an incident"),
        (Idiom(@"(?:put|puts|putting) out fires|fire-?fighting"), "responding to incidents"),
        // "who handles fires after hours?": urgent breakages; not "fire alarm" (above) nor the verb ("fire someone").
        (Idiom(@"(?:the |any )?fires(?= that| which| after| at| on| in| during|\s*[?.!,]|$)"), "incidents"),
        // "when things catch fire", "when prod blows up": an incident; not "catch fire" said of a product taking off.
        (Idiom(@"(?:things|stuff|prod|production|the site|the service|it|everything|something) (?:catch|catches|catching|caught) fire|(?:things|stuff|prod|production|the site|the service|everything|something) (?:blow|blows|blowing|blew) up"), "there is an incident"),
        // "who breaks the tie?": who decides when the others cannot agree.
        (Idiom(@"(?:break|breaks|breaking|broke) (?:the|a) (?:tie|deadlock)"), "makes the final decision"),
        (Idiom(@"tie-?breakers?|tie-?breaking vote"), "final decision maker"),
        // "senior vs staff, what's the jump?": the difference asked for, not a shift pattern or a step of a process.
        (Idiom(@"(?:what's|whats|what is|what are) the (?:big |main |real |actual |key )?(?:shift|jump|leap|delta|gap|step up)s?(?=\s*(?:[?.!,;]|$|between\b|from\b))"), "what is the difference"),
        (Idiom(@"big[- ]picture (?:diff|diffs|difference|differences)\b"), "difference"),
        // "live out of a suitcase": travel a lot.
        (Idiom(@"(?:live|lives|living) out of (?:a|their|my|your) suitcases?"), "travel a lot"),
        // "a single on-call stint": a spell of duty is a shift.
        (Idiom(@"stints"), "shifts"),
        (Idiom(@"stint"), "shift"),
        // "what's the point of a 1:1?": its purpose; not "the point of contact", "a point of view".
        (Idiom(@"(?:what's|whats|what is) the (?:point|whole point) of(?! contact| view)"), "what is the purpose of"),
        // "once my PR gets the thumbs up", "getting it out the door": approval and release.
        (Idiom(@"(?:get|gets|getting|got) (?:the |a )?thumbs[- ]up"), "is approved"),
        (Idiom(@"(?:give|gives|giving|gave) (?:it |this |that |them )?(?:the |a )?thumbs[- ]up"), "approve it"),
        (Idiom(@"((?:get|gets|getting|got) (?:it|this|that|them|the change|the pr|my pr|the release|the feature) )out the door"), "$1deployed"),
        // "do SREs have to carry the pager?": be on call; "pager duty" too. Not "the pager app" nor "a pager alert".
        (Idiom(@"(?:carry|carries|carrying|carried|wear|wears|wearing|hold|holds|holding|have|has|having) the pager"), "be on call"),
        (Idiom(@"on pager duty"), "on call"),
        // "am i expected to down tools and jump on it?": stop everything else at once.
        (Idiom(@"(?:down|downs|downing) tools"), "drop whatever you are doing"),
        // "when the team is running itself into the ground": working at a pace it cannot keep up.
        (Idiom(@"(?:run|runs|running|ran) (?:itself|themselves|ourselves|yourself|myself|himself|herself|the team|us|them) into the ground"), "work at an unsustainable pace"),
        // "how does someone get made a committer?": is made one, becomes one.
        (Idiom(@"(?:get|gets|getting|got) made(?= an? | the )"), "become"),
        // "is there a rough cap on PR size?": a limit; not "cap" the hat or "cap table".
        (Idiom(@"(?:rough|hard|soft|upper) cap on|cap on(?= how | the (?:size|number|length|amount)\b| (?:prs?|lines?|hours?|size|length)\b)"), "limit on"),
        // "who am i supposed to lean on?": whom to ask for help.
        (Idiom(@"(?:lean|leaning) on(?=\s*(?:[?.!]|$))"), "ask for help from"),
        (Idiom(@"(?:kick|kicks|kicking|kicked) off"), "start"),
        (Idiom(@"after hours|out of hours|off hours|after-hours|out-of-hours"), "outside normal working hours"),
        // "what's the deal with the secondary on-call?": asking about it.
        (Idiom(@"(?:what's|whats|what is) the (?:deal|story|score) (?:with|w/)"), "what about"),
        (Idiom(@"(?:nip|nips|nipping) (?:\w+ )?in the bud"), "prevent early"),
        (Idiom(@"(?:carry|carries|carrying|carried) the can"), "take responsibility"),
        (Idiom(@"(?:pass|passes|passing) the buck"), "shift responsibility"),
        (Idiom(@"(?:step|steps|stepping) up to the plate"), "take responsibility"),
        (Idiom($@"out of {Own} depth"), "stuck and need help"),
        (Idiom(@"(?:tough|toughs|toughing) it out(?: solo| alone| on my own)?"), "handle it alone without help"),
        (Idiom(@"(?:fly|flies|flying) solo"), "work alone"),
        (Idiom(@"(?:hit|hits|hitting) a (?:brick )?wall"), "get stuck"),
        (Idiom(@"(?:swamped|slammed|snowed under)"), "too busy"),
        (Idiom(@"(?:drink|drinks|drinking) from (?:a|the) fire\s?hose"), "overwhelmed with information"),
        // Changes and their undoing.
        (Idiom(@"(?:pull|pulls|pulling) the plug(?: on)?"), "stop"),
        (Idiom(@"(?:back|backs|backing) (?:it|this|that|them|the change|the pr) out"), "revert it"),
        (Idiom(@"(?:roll|rolls|rolling) (?:it|this|that|them) back"), "revert it"),
        (Idiom(@"(?:cut|cuts|cutting) corners"), "skip quality steps"),
        (Idiom(@"(?:reinvent|reinvents|reinventing) the wheel"), "duplicate existing work"),
        // Authority and recognition.
        (Idiom($@"(?:throw|throws|throwing) {Own} weight around"), "try to take over command"),
        (Idiom(@"(?:a )?(?:gold star|pat on the back)"), "a reward"),
        (Idiom(@"(?:grind|grinds|grinding) out"), "produce many"),
        (Idiom(@"(?:new )?shiny (?:new )?(?:bets|things|objects|toys|projects|stuff)"), "new initiatives"),
        (Idiom(@"(?:burn|burns|burning) the midnight oil"), "work late hours"),
        (Idiom(@"(?:a )?heads[- ]up"), "advance notice"),
        (Idiom(@"(?:circle|circles|circling) back"), "follow up"),
        (Idiom(@"on the fence"), "undecided"),
        (Idiom(@"(?:crush|crushes|crushing|kill|kills|killing|smash|smashes|smashing|nail|nails|nailing|ace|aces|acing) it"), "doing well"),
        (Idiom(@"(?:say|says|saying|said) no(?: thanks| thank you)?(?= to|\s*[?.!,]|$)"), "decline"),
        (Idiom(@"(?:hang|hangs|hanging) out(?: with)?"), "spend time with"),
        (Idiom(@"(?:spin|spins|spinning|spun) up"), "set up"),
        (Idiom(@"(?:bump|bumps|bumped|bumping) (?:over )?to (?:the )?next"), "escalate to the next"),
    ];

    /// <summary>The question with each known idiom replaced by its plain wording; everything else unchanged.</summary>
    /// <param name="spoken">
    /// The words of the documents' own uses of an idiom ("wear multiple hats" in a job post: wear, multiple, hats), or
    /// none. An idiom asked with one of those words ("wear a lot of hats") is kept as asked, since its words find the
    /// line that answers; another wording of the same figure ("a gold star" where a page says "a pat on the back") is
    /// still rewritten. Plain normalisations ("day to day" → "daily") are always rewritten.
    /// </param>
    public static string Rewrite(string question, Func<Regex, IReadOnlySet<string>>? spoken = null)
    {
        // Most questions hold no idiom: an idiom's regex runs only when the question contains one of its words, which
        // halves the cost of reading a question (a few hundred interpreted regexes took ~60 µs, a third of an answer).
        var lower = question.ToLowerInvariant();
        foreach (var (pattern, plain, triggers) in Entries.Value)
        {
            if (triggers.Length == 0 || Array.Exists(triggers, t => lower.Contains(t, StringComparison.Ordinal)))
            {
                var rewritten = pattern.Replace(question, plain);
                if (!ReferenceEquals(rewritten, question) && !(spoken is not null && !Normalisations.Contains(plain) && SpokenAsAsked(pattern, question, spoken(pattern))))
                {
                    question = rewritten;
                    lower = question.ToLowerInvariant();
                }
            }
        }

        return LeftSpace().Replace(question, "$1").Trim();      // a phrase dropped at the end leaves "MLEs ?"
    }

    /// <summary>Rewritings that only normalise a common phrase: its use in the documents says nothing.</summary>
    private static readonly HashSet<string> Normalisations = new(StringComparer.Ordinal) { "daily" };

    private static bool SpokenAsAsked(Regex pattern, string question, IReadOnlySet<string> documentWords) =>
        documentWords.Count > 0 && pattern.Matches(question).Any(m => IdiomWords(m.Value).Any(documentWords.Contains));

    /// <summary>
    /// The idiom's own words (<see cref="IdiomWords"/>) in each use of it in <paramref name="texts"/>. Only texts holding
    /// one of its trigger words are searched with its pattern (a vectorised substring test, so 100k passages take
    /// milliseconds, not a regex pass each).
    /// </summary>
    internal static IReadOnlySet<string> WordsOfUses(Regex pattern, IEnumerable<string> texts)
    {
        var triggers = Entries.Value.FirstOrDefault(e => ReferenceEquals(e.Pattern, pattern)).Triggers ?? [];
        return texts.Where(t => triggers.Length == 0 || Array.Exists(triggers, w => t.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(t => pattern.Matches(t)).SelectMany(m => IdiomWords(m.Value)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>An idiom's own words: three letters or more, not the everyday ones ("a lot of" aside, "hats").</summary>
    internal static IEnumerable<string> IdiomWords(string text) =>
        Letters().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => !Everyday.Contains(w) && w is not ("lot" or "lots" or "many" or "much"));

    // Lazy: General sits in another file of this partial class, whose static fields may be set after this one's.
    private static readonly Lazy<(Regex Pattern, string Plain, string[] Triggers)[]> Entries =
        new(() => [.. Table.Concat(General!).Select(e => (e.Pattern, e.Plain, Triggers(e.Pattern.ToString())))]);

    /// <summary>
    /// The words of three letters or more a pattern is written with, escapes and group names aside: any text the pattern
    /// matches holds one of them, so a question without any cannot match. A pattern without such words always runs.
    /// </summary>
    internal static string[] Triggers(string pattern)
    {
        var literal = Escape().Replace(GroupName().Replace(pattern, "("), " ");
        var words = Letters().Matches(literal).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
        // Words nearly every question holds would let every pattern run; the idiom's own words decide.
        var rare = words.Where(w => !Everyday.Contains(w)).ToArray();
        return rare.Length > 0 ? rare : [.. words];
    }

    private static readonly HashSet<string> Everyday = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "you", "your", "our", "their", "his", "her", "its", "with", "that", "this", "from", "into",
        "are", "was", "were", "has", "have", "had", "does", "doing", "get", "gets", "getting", "got", "what", "who", "how",
    };

    [GeneratedRegex(@"\\.")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\(\?<\w+>")]
    private static partial Regex GroupName();

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex Letters();

    [GeneratedRegex(@"\s+([?.!]+)$")]
    private static partial Regex LeftSpace();

    /// <summary>Each space of <paramref name="words"/> matches any run of spaces; an optional space is written <c>\s?</c> ("dog\s?food").</summary>
    private static Regex Idiom(string words) =>
        new($@"(?<![\w-]){WithPastTenses(words).Replace(" ", @"\s+", StringComparison.Ordinal)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
