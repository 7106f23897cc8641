using System.Text.RegularExpressions;
using RoleBot.Knowledge.Index;
using RoleBot.Knowledge.Index.Analysis;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// A job post's section about the employer rather than the role: "About rOpenSci", "About us", "Background", "Our
/// mission", "How we work", "Life at Zenith". Its opening line ("rOpenSci is a not-for-profit organization …") sits in the post's first section and
/// reads like a definition, so without this an overview of the role opened with the company.
/// </summary>
internal static partial class EmployerHeading
{
    /// <param name="section">The passage's heading path ("Hiring a Community Manager > About rOpenSci"); its last heading counts.</param>
    /// <param name="documentNames">Index terms of the document's file name and title: "About X" is about the employer when X is named there.</param>
    public static bool Matches(string section, IReadOnlySet<string>? documentNames)
    {
        var last = section[(section.LastIndexOf('>') + 1)..].Trim();
        if (Generic().IsMatch(last))
        {
            return true;
        }

        var about = AboutName().Match(last);
        if (!about.Success || documentNames is not { Count: > 0 })
        {
            return false;
        }

        var terms = TermAnalysis.Terms(RoleBotAnalyzer.Base, about.Groups[1].Value).ToList();
        return terms.Count > 0 && terms.All(documentNames.Contains);
    }

    [GeneratedRegex(@"^(?:about(?: us| the (?:company|organi[sz]ation|firm|employer))?|(?:company )?background|company(?: overview)?|(?:our|the) (?:mission|story|company|organi[sz]ation|culture|values)|who we are|how we work|life at .+|working (?:here|with us|at .+)|why (?:join|work (?:for|with|at)) .+)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();

    [GeneratedRegex(@"^about (?:the )?(.+?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex AboutName();
}
