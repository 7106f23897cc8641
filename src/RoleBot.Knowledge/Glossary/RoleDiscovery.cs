using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Glossary;

/// <summary>
/// Finds roles the glossary does not know from document titles ("Login.gov: Data Analyst", "IC3 People Manager", "PMC Chair",
/// "Role of a Product Manager"), so a folder of job descriptions works without editing the glossary.
/// </summary>
public static partial class RoleDiscovery
{
    public static IReadOnlyList<RoleDefinition> FromTitles(IEnumerable<string> titles, Glossary glossary)
    {
        var found = new Dictionary<string, RoleDefinition>(StringComparer.Ordinal);
        // "Tech Lead vs Engineering Manager": a title that sets two roles side by side names both.
        foreach (var title in titles.SelectMany(t => Versus().Split(t)))
        {
            var name = RoleName(title);
            if (name is null || KnownSuffix(name, glossary))
            {
                continue;
            }

            var id = Slug().Replace(name.ToLowerInvariant(), "-").Trim('-');
            found.TryAdd(id, new RoleDefinition(id, name, []));
        }

        // "Engineering Manager" is "EM" in chat, "Technical Program Manager" "TPM": each found role gets its initials,
        // unless they already name another role.
        var taken = new HashSet<string>(glossary.Roles.SelectMany(r => r.AllNames), StringComparer.OrdinalIgnoreCase);
        var result = new List<RoleDefinition>();
        foreach (var role in found.Values)
        {
            var acronym = Acronym(role.Name);
            result.Add(acronym is not null && taken.Add(acronym) ? role with { Aliases = [acronym] } : role);
        }

        return result;
    }

    /// <summary>
    /// The title to find a role in. A title made from the file name because the page has none ("Wizeline tech lead" for
    /// wizeline-tech-lead.md) opens with the organisation, as file names in a shared folder do; the role is the rest
    /// when the rest is still a name of two words or more ("data-scientist.md" stays "Data scientist").
    /// </summary>
    public static string TitleOfRoles(string title, string sourcePath)
    {
        if (!string.Equals(title, Documents.Formats.MarkdownFormat.TitleFromPath(sourcePath), StringComparison.OrdinalIgnoreCase))
        {
            return title;
        }

        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 ? string.Join(' ', words[1..]) : title;
    }

    /// <summary>
    /// The glossary with the roles the documents name: in titles, in headings that are a role's name, by addressing the
    /// reader ("As a Developer Advocate, you …"), and the acronyms the text defines ("Incident Commander (IC)"). The
    /// same whether the passages come from the files or from a stored index.
    /// </summary>
    public static Glossary Discover(Glossary glossary, IEnumerable<string> titles, IEnumerable<string> headings, IReadOnlyList<string> texts)
    {
        var named = titles.Concat(RoleHeadings(headings.Distinct())).Concat(AddressedRoles(texts));
        return WithDefinedAcronyms(glossary.With(FromTitles(named, glossary)), texts);
    }

    /// <summary>
    /// Roles a job post names by addressing the reader in them ("As a Developer Advocate, you will connect with …"), for
    /// posts whose title names the team or the page ("Developer Advocacy Roles and Responsibilities"), not the role.
    /// </summary>
    public static IEnumerable<string> AddressedRoles(IEnumerable<string> texts)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            if (!text.Contains("As a", StringComparison.Ordinal))
            {
                continue;                                        // spares the regex most texts
            }

            foreach (Match match in Addressed().Matches(text))
            {
                found.Add(match.Groups["name"].Value);
            }
        }

        return found;
    }

    [GeneratedRegex(@"\bAs an? (?<name>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*),?\s+you\b")]
    private static partial Regex Addressed();

    /// <summary>
    /// Acronyms the documents define, as in "Incident Commander (IC)": the initials of the words before the parentheses
    /// spell it. A role the glossary knows gets it as an alias; a name ending in a role noun becomes a new role.
    /// </summary>
    public static Glossary WithDefinedAcronyms(Glossary glossary, IEnumerable<string> texts)
    {
        var taken = new HashSet<string>(glossary.Roles.SelectMany(r => r.AllNames), StringComparer.OrdinalIgnoreCase);
        var added = new Dictionary<string, RoleDefinition>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (!text.Contains('(', StringComparison.Ordinal))
            {
                continue;                                        // no "(IC)": spares the regex's slower scan of most texts
            }

            foreach (Match match in Defined().Matches(text))
            {
                var acronym = match.Groups["acr"].Value;
                var words = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < acronym.Length || taken.Contains(acronym) || SpellsAWord(acronym))
                {
                    continue;
                }

                var name = string.Join(' ', words[^acronym.Length..]);
                if (!string.Concat(words[^acronym.Length..].Select(w => char.ToUpperInvariant(w[0]))).Equals(acronym, StringComparison.Ordinal))
                {
                    continue;
                }

                if (glossary.Resolve(name) is { } known)
                {
                    taken.Add(acronym);
                    (aliases.TryGetValue(known.Id, out var list) ? list : aliases[known.Id] = []).Add(acronym);
                }
                else if (RoleNoun().IsMatch(words[^1]) || DutyNoun().IsMatch(words[^1]))
                {
                    taken.Add(acronym);
                    var id = Slug().Replace(name.ToLowerInvariant(), "-").Trim('-');
                    added.TryAdd(id, new RoleDefinition(id, name, [acronym]));
                }
            }
        }

        if (added.Count == 0 && aliases.Count == 0)
        {
            return glossary;
        }

        var roles = glossary.Roles.Select(r => aliases.TryGetValue(r.Id, out var more) ? r with { Aliases = [.. r.Aliases, .. more] } : r);
        return Glossary.Of([.. roles, .. added.Values.Where(r => glossary.FindRole(r.Id) is null)], glossary.Synonyms);
    }

    /// <summary>
    /// The initials of a name of two to four words ("Site Reliability Engineer" → "SRE"), else null; also null when they
    /// spell a common short word ("Analytics Specialist" → "AS"), which roles are matched without case and so would be
    /// found in "what counts as toil?".
    /// </summary>
    internal static string? Acronym(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var acronym = words.Length is >= 2 and <= 4 && words.All(w => char.IsLetter(w[0]))
            ? string.Concat(words.Select(w => char.ToUpperInvariant(w[0])))
            : null;
        return acronym is not null && SpellsAWord(acronym) ? null : acronym;
    }

    /// <summary>Short words that initials can spell and questions are full of.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it", "me", "my", "no", "of", "oh",
        "ok", "on", "or", "so", "to", "up", "us", "we", "and", "are", "but", "can", "did", "for", "get", "has", "her", "him",
        "his", "how", "its", "may", "not", "now", "our", "out", "own", "see", "she", "the", "too", "two", "was", "way", "who",
        "why", "yes", "yet", "you", "all", "any", "few", "new", "one", "use",
    };

    private static bool SpellsAWord(string acronym) => CommonWords.Contains(acronym);

    // "Incident Commander (IC)", "Project Team Lead (PTL)": capitalised words, then the acronym in parentheses.
    [GeneratedRegex(@"(?<name>(?:\b[A-Z][a-z]+\s+){1,5})\((?<acr>[A-Z]{2,5})\)")]
    private static partial Regex Defined();

    [GeneratedRegex(@"^(commanders?|chairs?|leads?|liaisons?|scribes?|deputy|deputies|maintainers?|reviewers?|approvers?|committers?|members?|experts?|mentors?|buddies|buddy|captains?|stewards?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DutyNoun();

    /// <summary>"Cloud Operations Site Reliability Engineer" is the known SRE role, "Lead data engineer" the data engineer.</summary>
    private static bool KnownSuffix(string name, Glossary glossary)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var skip = 0; skip < words.Length; skip++)
        {
            var suffix = string.Join(' ', words.Skip(skip));
            if (glossary.Resolve(suffix) is not null && (skip == 0 || words.Length - skip >= 2 || glossary.Resolve(suffix)!.Aliases.Contains(suffix, StringComparer.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Headings that are a role's name and nothing else ("Internal Liaison", "Subproject Owner", "Senior Mobile
    /// Engineer"): two to four capitalised words ending in a singular role noun, no joining words ("Working with your
    /// Manager" is a topic), no quantifier ("All Leads"). Ladders and role pages head each role's section so.
    /// </summary>
    public static IEnumerable<string> RoleHeadings(IEnumerable<string> headings)
    {
        foreach (var heading in headings)
        {
            var text = AcronymAfter().Replace(heading.Trim().TrimEnd(':').Trim(), "");
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c == '-'))
                && RoleNoun().IsMatch(words[^1]) && !words[^1].EndsWith('s') && !words.Any(w => SmallWord().IsMatch(w) || Quantifier().IsMatch(w))
                && !LevelWords.Is(words[0]))
            {
                yield return text;
            }
        }
    }

    [GeneratedRegex(@"\s*\([A-Z]{2,6}\)$")]
    private static partial Regex AcronymAfter();

    [GeneratedRegex(@"^(all|every|each|other|new|next|our|your|more|some|any|most|many)$", RegexOptions.IgnoreCase)]
    private static partial Regex Quantifier();

    [GeneratedRegex(@"^(hiring|seeking|seeks|wanted|join|joining|meet|become|becoming|welcome|apply)$", RegexOptions.IgnoreCase)]
    private static partial Regex Hiring();

    [GeneratedRegex(@"^(training|guide|guidance|role|roles|responsibilities|description|overview|handbook|onboarding|playbook|checklist|expectations|profile)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageKind();

    /// <summary>
    /// A one-word role name that is itself a role noun ("Officers", "Maintainer"): written in a sentence, it names the
    /// role. Not "lead", which is as often the verb.
    /// </summary>
    public static bool IsRoleNounName(string name) =>
        !name.Contains(' ') && RoleNoun().IsMatch(name) && !name.StartsWith("lead", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the phrase ends in a word that names a role ("service manager", "scrum master" does not: "master" is no role noun).</summary>
    public static bool EndsInRoleNoun(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } words && RoleNoun().IsMatch(words[^1]);

    /// <summary>The role a title names: the part that ends in a role noun, without organisation prefixes or level words.</summary>
    internal static string? RoleName(string title)
    {
        foreach (var part in title.Split([":", " - ", " \u2013 ", " | ", "(", ")"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Reverse())
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            // "Incident Scribe Training", "Tech Lead Role Description": what kind of page it is follows the role's name.
            while (words.Count > 1 && PageKind().IsMatch(words[^1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            if (words.Count == 0 || !RoleNoun().IsMatch(words[^1]))
            {
                continue;
            }

            // Walk back from the role noun to the first small word ("Role of a Product Manager" -> "Product Manager"), or
            // a quantifier or hiring verb ("Hiring our next Community Manager" -> "Community Manager").
            var start = words.Count - 1;
            while (start > 0 && !SmallWord().IsMatch(words[start - 1]) && !Quantifier().IsMatch(words[start - 1]) && !Hiring().IsMatch(words[start - 1])
                   && words.Count - start < 5)
            {
                start--;
            }

            while (start < words.Count - 1 && LevelWords.Is(words[start]))
            {
                start++;
            }

            var name = string.Join(' ', words.Skip(start));
            return name.Any(char.IsLetter) ? name : null;
        }

        return null;
    }

    [GeneratedRegex(@"^(engineers?|scientists?|analysts?|managers?|developers?|designers?|specialists?|architects?|directors?|administrators?|consultants?|officers?|researchers?|writers?|owners?|strategists?|testers?|recruiters?|leads?|coordinators?|technicians?|advisors?|partners?|leaders?|advocates?|evangelists?|curators?|facilitators?|chairs?|chairpersons?|commanders?|scribes?|liaisons?|maintainers?|committers?|stewards?)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoun();

    [GeneratedRegex(@"^(of|a|an|the|at|for|in|and|vs\.?|&|\+|to|as|is)$", RegexOptions.IgnoreCase)]
    private static partial Regex SmallWord();

    [GeneratedRegex(@"\s+(?:vs\.?|versus)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Versus();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex Slug();
}
