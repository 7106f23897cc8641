using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

public sealed partial class AnswerComposer
{
    /// <summary>
    /// "are these two roles the same thing?", "do both roles overlap?" with no role named and nothing earlier to point
    /// to: a comparison of the two roles the knowledge is most about ("same" and "overlap" are its shape, not its topic).
    /// </summary>
    private ParsedQuestion WithTheTwoRoles(ParsedQuestion question)
    {
        if (question.Roles.Count > 0 || TheTwoRoles().Match(question.Corrected) is not { Success: true } named)
        {
            return question;
        }

        if (!Alike().IsMatch(question.Corrected))
        {
            // "why do companies even care about these two roles?": the two roles are the subject, and "two" no topic word.
            var both = ComparedRoles(question);
            var topic = question.Topic.Where(t => t.Start < named.Index || t.End > named.Index + named.Length).ToList();
            return both.Count < 2 ? question : question with
            {
                Roles = both,
                Topic = topic,
                TopicText = string.Join(' ', topic.OrderBy(t => t.Start).Select(t => t.Surface)),
            };
        }

        // "are these roles kinda the same?": what the two share is asked about, so the lines saying how much they overlap
        // answer it ("These positions have a lot of overlap …"), in the words documents use for it.
        var roles = ComparedRoles(question);
        var rest = question.Topic.Where(t => !Alike().IsMatch(t.Surface)).ToList();
        var overlap = knowledge.Parser.Parse(OverlapWords).Topic.Where(t => rest.TrueForAll(r => r.Term != t.Term));
        return roles.Count < 2
            ? question
            : question with { Roles = roles, Shape = QuestionShape.Comparison, Topic = [.. rest, .. overlap], TopicText = rest.Count == 0 ? "overlap" : question.TopicText };
    }

    /// <summary>The words documents use for what two roles share.</summary>
    private const string OverlapWords = "overlap";

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:these|those|the|both)\s+(?:two\s+)?(?:roles|jobs|gigs|positions|careers|paths)\b|\beither\s+(?:role|job|gig|position|career|path)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TheTwoRoles();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:same|overlap|overlapping|alike|interchangeable)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Alike();
}
