using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

public sealed partial class AnswerComposer
{
    /// <summary>
    /// "i'm a dev, which role keeps me close to coding?", "which role suits a software engineer who wants to keep
    /// coding?": the one role named is where the asker stands, not one of the answers, so it neither filters the
    /// passages nor wins the tally; the question is answered among the roles the documents tie to the rest.
    /// </summary>
    private ParsedQuestion WithoutTheAskersRole(ParsedQuestion question)
    {
        if (question.Shape != QuestionShape.WhichRole || question.Roles.Count != 1)
        {
            return question;
        }

        foreach (System.Text.RegularExpressions.Match match in Asker().Matches(question.Corrected))
        {
            if (knowledge.Parser.Parse(match.Groups["who"].Value).Roles.Any(r => r.Id == question.Roles[0].Id))
            {
                return question with { Roles = [], AskersRole = question.Roles[0].Id };
            }
        }

        return question;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:i'?m|i\s+am|as|for|suits?|fits?)\s+(?:an?\s+)(?<who>[\w-]+(?:\s+[\w-]+){0,3})", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Asker();
}
