using System.Text.RegularExpressions;
using RoleBot.Knowledge.Glossary;

namespace RoleBot.Knowledge.Answers;

/// <summary>The fixed template lines an answer may contain. Nothing here states a fact about a role.</summary>
internal static partial class Phrasing
{
    public static string WithArticle(RoleDefinition role) => $"{Article(role.Name)} {role.Name}";

    public static string Article(string name)
    {
        var first = name.TrimStart();
        if (first.Length == 0)
        {
            return "a";
        }

        // Acronyms are read letter by letter: "an ML engineer", "an SRE", but "a PM".
        var acronym = first.Length > 1 && char.IsUpper(first[0]) && char.IsUpper(first[1]);
        return acronym
            ? ("AEFHILMNORSX".Contains(first[0], StringComparison.Ordinal) ? "an" : "a")
            : ("aeiouAEIOU".Contains(first[0], StringComparison.Ordinal) ? "an" : "a");
    }

    public static string Refs(IEnumerable<int> numbers) => string.Concat(numbers.Distinct().Select(n => $"[{n}]"));

    /// <summary>The verb of a yes/no question in third person ("needs", "uses"), for the "don't say" line.</summary>
    public static string Verb(string question)
    {
        // "do MLEs need a PhD?": the "do" that opens a question is the auxiliary; the verb is the next one.
        var matches = VerbPattern().Matches(question.ToLowerInvariant());
        if (matches.Count == 0)
        {
            return "needs";
        }

        var verb = matches.Select(m => m.Value).FirstOrDefault(v => v != "do") ?? "do";
        return verb switch
        {
            "have" => "has",
            "do" => "does",
            "work with" => "works with",
            _ when verb.EndsWith('s') && verb != "use" => verb,
            _ => verb + "s",
        };
    }

    /// <summary>
    /// The topic without the verb a verdict already says ("write python" after "writes" reads "python"), so the line
    /// does not say "writes write python".
    /// </summary>
    public static string WithoutVerb(string topic, string verb)
    {
        var bare = verb switch { "has" => "have", "does" => "do", "works with" => "work with", _ => verb.EndsWith('s') ? verb[..^1] : verb };
        foreach (var form in new[] { verb, bare })
        {
            if (topic.StartsWith(form + " ", StringComparison.OrdinalIgnoreCase) && topic.Length > form.Length + 1)
            {
                return topic[(form.Length + 1)..];
            }
        }

        return topic;
    }

    public static string Quote(string excerpt) => $"\u201C{excerpt}\u201D";

    [GeneratedRegex(@"\b(need|use|know|require|learn|have|write|build|own|handle|work with|deploy|do)\b")]
    private static partial Regex VerbPattern();
}
