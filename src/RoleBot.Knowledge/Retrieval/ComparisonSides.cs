using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// The two sides of "X vs Y" (or "difference between X and Y", "going from X to Y"), whatever they are: roles, levels
/// ("IC3 vs IC4 MLE"), or anything else. Each side becomes a question of its own — its distinguishing words, the words
/// both sides share, and the rest of the question — so each gets the excerpts that define it.
/// </summary>
/// <param name="First">"senior backend eng at gitlab" for "senior vs staff backend eng at gitlab?".</param>
/// <param name="FirstWords">What only the first side says ("senior").</param>
public sealed partial record ComparisonSides(string First, string FirstWords, string Second, string SecondWords)
{
    /// <summary>How the side is named to the reader ("PM II", where <see cref="SecondWords"/> is "II").</summary>
    public string FirstName { get; init; } = First;

    /// <inheritdoc cref="FirstName"/>
    public string SecondName { get; init; } = Second;

    /// <summary>The side's whole name, shared words included ("engineer 1", "senior SRE"), as a ladder's list may label a line with it.</summary>
    public string FirstLabel { get; init; } = First;

    /// <inheritdoc cref="FirstLabel"/>
    public string SecondLabel { get; init; } = Second;

    /// <summary>
    /// Which side is the other without its level ("SRE vs senior SRE": 1, "senior EM vs EM": 2; 0 for neither): the
    /// ladder's base level, whose section a ladder heads with the role's bare name. Its own words are none.
    /// </summary>
    public int BaseSide { get; init; }

    /// <summary>Both sides are levels ("senior vs staff eng", "IC3 vs IC4 MLE", "PM I vs PM II", "SRE vs senior SRE").</summary>
    public bool AreLevels =>
        (BaseSide == 1 || Glossary.LevelWords.AreLevel(FirstWords.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        && (BaseSide == 2 || Glossary.LevelWords.AreLevel(SecondWords.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>
    /// Both sides qualify one name they share ("seasoned vs senior software engineer", "triage vs core library team"):
    /// where each heads a section of the same pages, they are steps or branches of one ladder, compared line by line
    /// as levels are, whatever a ladder calls its steps. "merger vs releaser" shares no name.
    /// </summary>
    public bool ShareAName =>
        (!string.Equals(FirstLabel.Trim(), FirstWords.Trim(), StringComparison.OrdinalIgnoreCase)
            && !string.Equals(SecondLabel.Trim(), SecondWords.Trim(), StringComparison.OrdinalIgnoreCase))
        || (FirstWords.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } a && SecondWords.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } b
            && string.Equals(a[^1], b[^1], StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Both sides are codes of one ladder, the same letters with another number ("D6 vs D7", "P2 vs P3"), whatever the
    /// letters stand for: where each heads its own section they are compared line by line, as levels are.
    /// </summary>
    public bool SameCode =>
        Glossary.LevelWords.LadderCode(FirstWords) is { } a && Glossary.LevelWords.LadderCode(SecondWords) is { } b
        && a.Letters == b.Letters && a.Number != b.Number;

    /// <summary>Most words a side may have (default 4): more and it is a clause, not a name.</summary>
    public const int MaxSideWords = 4;

    /// <summary>Words that end a side: where the question goes on about something else ("at gitlab", "- how do ...").</summary>
    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "in", "on", "for", "of", "when", "whats", "what", "what's", "how", "who", "which", "why", "is", "are", "do", "does",
        "same", "diff", "difference", "differences", "between", "the", "a", "an", "and", "or", "vs", "versus", "from", "to",
        "going", "go", "move", "moving", "step", "get", "getting", "promoted", "promotion", "changes", "change", "there", "here", "role", "roles", "job", "jobs", "really", "actual",
    };

    /// <summary>Words of the asking around the sides ("what more do u need to go from …"): no part of either side's question.</summary>
    private static readonly HashSet<string> Asking = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "u", "you", "me", "my", "we", "more", "need", "needs", "take", "takes", "should", "can", "could", "would", "does", "do",
    };

    /// <param name="phraseKnown">Whether the knowledge contains a two-word phrase; null takes every phrase as known.</param>
    /// <param name="namesDocuments">Whether a word names documents and no role (an organisation or project: "k8s", "gitlab").</param>
    public static ComparisonSides? Find(string question, Func<string, bool>? phraseKnown = null, Func<string, bool>? namesDocuments = null)
    {
        var text = question.TrimEnd('?', '!', '.', ' ');
        var match = Versus().Match(text);
        if (!match.Success)
        {
            match = Between().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var before = Words(text[..match.Index]);
        var after = Words(text[(match.Index + match.Length)..]).SkipWhile(w => w is "a" or "an" or "the").ToList();
        var first = TakeSide(before.AsEnumerable().Reverse()).Reverse().ToList();
        var second = TakeSide(after).ToList();
        if (first.Count == 0 || second.Count == 0)
        {
            return null;
        }

        // "k8s SIG chair vs tech lead": the project or organisation the question opens with is whose roles both are; it
        // stays in each side's question, not in the first side's name.
        // A level word is never the organisation, though a file may be named for it (infracloud-senior-engineer.md).
        if (namesDocuments is not null && first.Count > 1 && first.SkipWhile(w => namesDocuments(w) && !Glossary.LevelWords.Is(w)).ToList() is { Count: > 0 } named
            && named.Count < first.Count)
        {
            first = named;
        }

        // "sourcegraph M3 vs M4 eng mgr": when the first side ends with a level and the second opens with one, the words
        // before the first level say whose levels they are (they stay in each side's question), not what the side is.
        if (first.Count > 1 && Glossary.LevelWords.Is(first[^1]) && Glossary.LevelWords.Is(second[0]) && !first.SkipLast(1).Any(Glossary.LevelWords.Is))
        {
            first = [first[^1]];
        }

        // "a principal engineer different from a staff one": "one" stands for what the first side is beyond its level.
        if (second.Count > 1 && second[^1] is "one" or "ones" && first.SkipWhile(Glossary.LevelWords.Is).ToList() is { Count: > 0 } noun
            && first.Count > noun.Count)
        {
            second = second.SkipLast(1).Concat(noun).ToList();
        }

        // "senior vs staff backend eng": the second side's words beyond the first's length are shared by both ("backend
        // eng") when the first side reads with them as the documents write ("senior backend"); "committer vs PMC member"
        // shares nothing, since no document says "committer member". A longer first side shares nothing either.
        // A first side that is a level ("IC3 vs IC4 MLE", "level 2 vs level 3 people mgr") always shares: a level is
        // a level of something, though no document writes "IC3 MLE".
        // The second side's own words are then its leading level words ("principal vs senior staff eng").
        var k = first.Count;
        if (Glossary.LevelWords.AreLevel(first) && second.TakeWhile(Glossary.LevelWords.Is).Count() is var levels && levels > k && levels < second.Count)
        {
            k = levels;
        }

        var shares = second.Count > k && (Glossary.LevelWords.AreLevel(first) || (phraseKnown?.Invoke($"{first[^1]} {second[k]}") ?? true));
        List<string> shared = shares ? second.Skip(k).ToList() : [];
        var firstOwn = first;
        var secondOwn = shares ? second.Take(k).ToList() : second;

        // "senior SRE vs staff SRE": the words both sides end with are shared when what sets each side apart is a level
        // ("analytics engineer vs data engineer" are two roles).
        var common = 0;
        while (!shares && common < first.Count - 1 && common < second.Count - 1
            && string.Equals(first[^(common + 1)], second[^(common + 1)], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        if (common > 0 && Glossary.LevelWords.AreLevel(first.SkipLast(common).ToList()) && Glossary.LevelWords.AreLevel(second.SkipLast(common).ToList()))
        {
            shared = second.TakeLast(common).ToList();
            firstOwn = first.SkipLast(common).ToList();
            secondOwn = second.SkipLast(common).ToList();
        }

        // "PM I vs PM II", "engineer 1 vs engineer 2": the words both sides start with are shared when what follows is a
        // level number; they stay in front, where the documents write them ("Product manager II").
        var opening = 0;
        while (!shares && common == 0 && opening < first.Count - 1 && opening < second.Count - 1
            && string.Equals(first[opening], second[opening], StringComparison.OrdinalIgnoreCase))
        {
            opening++;
        }

        List<string> leading = [];
        if (opening > 0 && Glossary.LevelWords.AreLevel(first.Skip(opening).ToList()) && Glossary.LevelWords.AreLevel(second.Skip(opening).ToList()))
        {
            leading = first.Take(opening).ToList();
            firstOwn = first.Skip(opening).ToList();
            secondOwn = second.Skip(opening).ToList();
        }

        // "senior eng (IC5) vs staff (IC6)", "a senior engineer vs staff": the first side's words that are no level are
        // what both levels are levels of.
        if (!shares && common == 0 && opening == 0 && first.Any(Glossary.LevelWords.Is) && !Glossary.LevelWords.AreLevel(first)
            && Glossary.LevelWords.AreLevel(second))
        {
            firstOwn = first.Where(Glossary.LevelWords.Is).ToList();
            shared = first.Where(w => !Glossary.LevelWords.Is(w)).ToList();
        }

        // "OSPO engineer II vs principal OSPO engineer": the same words around a level written before or after them.
        var namedAsAsked = false;
        bool IsLevel(string w) => Glossary.LevelWords.Is(w) || Glossary.LevelWords.Number(w) is not null;
        var firstNoun = first.Where(w => !IsLevel(w)).ToList();
        if (!shares && common == 0 && opening == 0 && firstNoun.Count > 0 && firstNoun.Count < first.Count && second.Any(IsLevel)
            && firstNoun.SequenceEqual(second.Where(w => !IsLevel(w)), StringComparer.OrdinalIgnoreCase))
        {
            firstOwn = first.Where(IsLevel).ToList();
            secondOwn = second.Where(IsLevel).ToList();
            shared = firstNoun;
            namedAsAsked = true;                                 // "II" alone would not say what the level is of
        }

        // "gitlab SRE vs senior SRE", "senior EM vs EM": one side is the other with level words before it, so the bare side
        // is the ladder's base level ("### Site Reliability Engineer" above "### Senior Site Reliability Engineer").
        var baseSide = 0;
        if (!shares && shared.Count == 0 && leading.Count == 0 && !namedAsAsked)
        {
            if (BaseOf(first, second) is { } levelsSecond)
            {
                (baseSide, firstOwn, secondOwn, shared) = (1, [], levelsSecond, first);
            }
            else if (BaseOf(second, first) is { } levelsFirst)
            {
                (baseSide, firstOwn, secondOwn, shared) = (2, levelsFirst, [], second);
            }
        }

        var spanStart = text.LastIndexOf(first[0], match.Index, StringComparison.Ordinal);
        var rest = Words(text[..Math.Max(0, spanStart)]).Concat(after.Skip(second.Count)).Where(w => (!Boundaries.Contains(w) || w is "at" or "in" or "for") && !Asking.Contains(w) && !IsPunctuation(w));
        string Query(IEnumerable<string> own) => string.Join(' ', leading.Concat(own).Concat(shared).Concat(rest));
        return new ComparisonSides(Query(firstOwn), string.Join(' ', firstOwn), Query(secondOwn), string.Join(' ', secondOwn))
        {
            BaseSide = baseSide,
            FirstName = string.Join(' ', namedAsAsked || baseSide != 0 ? first : leading.Concat(firstOwn)),
            SecondName = string.Join(' ', namedAsAsked || baseSide != 0 ? second : leading.Concat(secondOwn)),
            FirstLabel = string.Join(' ', leading.Concat(firstOwn).Concat(shared)),
            SecondLabel = string.Join(' ', leading.Concat(secondOwn).Concat(shared)),
        };
    }

    /// <summary>The level words <paramref name="leveled"/> puts before all of <paramref name="bare"/> ("senior" for "senior SRE" and "SRE"), else null.</summary>
    private static List<string>? BaseOf(List<string> bare, List<string> leveled) =>
        leveled.Count > bare.Count && leveled.TakeLast(bare.Count).SequenceEqual(bare, StringComparer.OrdinalIgnoreCase)
        && leveled.SkipLast(bare.Count).ToList() is var levels && Glossary.LevelWords.AreLevel(levels) && !bare.Any(Glossary.LevelWords.Is)
            ? levels
            : null;

    private static IEnumerable<string> TakeSide(IEnumerable<string> words) =>
        words.TakeWhile(w => !Boundaries.Contains(w) && !IsPunctuation(w)).Take(MaxSideWords);

    private static bool IsPunctuation(string word) => word.All(c => !char.IsLetterOrDigit(c));

    private static List<string> Words(string text) => Token().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\s+(?:vs\.?|versus|v\.|compared\s+(?:to|with)|(?:different|differs?)\s+(?:from|than|to))\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Versus();

    [GeneratedRegex(@"(?<=\bbetween\s+(?:(?:an?|the)\s+)?[\w+#./-]+(?:\s+[\w+#./-]+){0,3}?)\s+and\s+|(?<=\b(?:going|promoted|promotion|progress|progressing|step\s+up|level\s+up|changes?|moving|move|jump|jumping|grow|growing)\s+from\s+(?:(?:an?|the)\s+)?[\w+#./-]+(?:\s+[\w+#./-]+){0,3}?)\s+to\s+|(?<=\b(?:go|get|getting)\s+from\s+(?:an?\s+)?(?!the\b)[\w+#./-]+(?:\s+[\w+#./-]+){0,3}?)\s+to\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    // Parentheses are not words: "senior eng (IC5) vs staff (IC6)" names each level twice, and both names are the side.
    [GeneratedRegex(@"[\w+#./'&-]+|[,:;?\u2013\u2014]")]
    private static partial Regex Token();
}
