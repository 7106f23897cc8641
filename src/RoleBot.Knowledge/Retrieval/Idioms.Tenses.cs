using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Retrieval;

public static partial class Idioms
{
    /// <summary>
    /// Past forms of an idiom's verbs, added to each group that lists a verb's present forms ("(?:drop|drops|dropping)
    /// the ball" also reads "dropped the ball", "(?:keep|keeps|keeping) the lights on" "kept the lights on"): a newcomer
    /// asks about what happened as often as about what to do.
    /// </summary>
    internal static string WithPastTenses(string pattern) => VerbGroup().Replace(pattern, group =>
    {
        var forms = group.Groups["forms"].Value.Split('|').ToList();
        var added = new List<string>();
        foreach (var verb in forms)
        {
            // A base form is one whose third person is listed too ("drop" with "drops"), so "during" or "at" is no verb.
            var third = verb.EndsWith('y') && verb.Length > 2 && !"aeiou".Contains(verb[^2]) ? verb[..^1] + "ies"
                : verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) ? verb + "es"
                : verb + "s";
            if (!forms.Contains(third))
            {
                continue;
            }

            added.AddRange((PastForms.Irregular.TryGetValue(verb, out var irregular) ? irregular : [RegularPast(verb)]).Where(p => !forms.Contains(p) && !added.Contains(p)));
        }

        return added.Count == 0 ? group.Value : $"(?:{string.Join('|', forms.Concat(added))})";
    });

    private static string RegularPast(string verb) =>
        verb.EndsWith('e') ? verb + "d"
        : verb.EndsWith('y') && verb.Length > 2 && !"aeiou".Contains(verb[^2]) ? verb[..^1] + "ied"
        : verb.Length <= 4 && verb.Length >= 3 && !"aeiouwxy".Contains(verb[^1]) && "aeiou".Contains(verb[^2]) && !"aeiou".Contains(verb[^3])
            ? verb + verb[^1] + "ed"                           // drop → dropped, step → stepped
            : verb + "ed";

    /// <summary>
    /// Past forms of the common irregular verbs idioms are made of. A class of its own, initialised on first use: the
    /// idiom tables that need it are built in this class's own static initialiser.
    /// </summary>
    private static class PastForms
    {
        public static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
        {
            ["be"] = ["was", "were", "been"], ["bite"] = ["bit", "bitten"], ["blow"] = ["blew", "blown"], ["break"] = ["broke", "broken"],
            ["bring"] = ["brought"], ["build"] = ["built"], ["burn"] = ["burned", "burnt"], ["buy"] = ["bought"], ["catch"] = ["caught"],
            ["choose"] = ["chose", "chosen"], ["come"] = ["came"], ["cut"] = ["cut"], ["deal"] = ["dealt"], ["dig"] = ["dug"],
            ["drink"] = ["drank", "drunk"], ["drive"] = ["drove", "driven"], ["eat"] = ["ate", "eaten"], ["fall"] = ["fell", "fallen"],
            ["feel"] = ["felt"], ["find"] = ["found"], ["fly"] = ["flew", "flown"], ["get"] = ["got", "gotten"], ["give"] = ["gave", "given"],
            ["go"] = ["went", "gone"], ["grind"] = ["ground"], ["hang"] = ["hung"], ["have"] = ["had"], ["hear"] = ["heard"],
            ["hide"] = ["hid", "hidden"], ["hit"] = ["hit"], ["hold"] = ["held"], ["keep"] = ["kept"], ["lead"] = ["led"],
            ["lean"] = ["leaned", "leant"], ["learn"] = ["learned", "learnt"], ["leave"] = ["left"], ["lose"] = ["lost"], ["make"] = ["made"],
            ["meet"] = ["met"], ["pay"] = ["paid"], ["put"] = ["put"], ["ride"] = ["rode", "ridden"], ["rise"] = ["rose", "risen"],
            ["run"] = ["ran"], ["say"] = ["said"], ["see"] = ["saw", "seen"], ["sell"] = ["sold"], ["send"] = ["sent"], ["set"] = ["set"],
            ["shake"] = ["shook", "shaken"], ["shut"] = ["shut"], ["sit"] = ["sat"], ["sleep"] = ["slept"], ["speak"] = ["spoke", "spoken"],
            ["spend"] = ["spent"], ["spin"] = ["spun"], ["spread"] = ["spread"], ["stand"] = ["stood"], ["steal"] = ["stole", "stolen"],
            ["stick"] = ["stuck"], ["strike"] = ["struck"], ["swim"] = ["swam"], ["swing"] = ["swung"], ["take"] = ["took", "taken"],
            ["teach"] = ["taught"], ["tell"] = ["told"], ["think"] = ["thought"], ["throw"] = ["threw", "thrown"], ["wake"] = ["woke"],
            ["wear"] = ["wore", "worn"], ["win"] = ["won"], ["wind"] = ["wound"], ["write"] = ["wrote", "written"],
        };
    }

    /// <summary>A non-capturing group of plain lower-case alternatives ("(?:drop|drops|dropping)").</summary>
    [GeneratedRegex(@"\(\?:(?<forms>[a-z]+(?:\|[a-z]+)+)\)")]
    private static partial Regex VerbGroup();
}
