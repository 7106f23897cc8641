using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

/// <summary>Whether an excerpt joins an answer's quotes: long enough, no bare title, no repeat of a quote already there.</summary>
public sealed partial class AnswerComposer
{
    /// <summary>
    /// Fewest words an excerpt needs (default 4): shorter lines are labels and headings ("Job Grade", "Hiring process"),
    /// except a three-word list item that states a duty ("Screen candidate applications" under "EMs are accountable for:").
    /// </summary>
    public const int MinExcerptWords = 4;

    private static bool IsShortStatement(string excerpt)
    {
        var text = excerpt.Trim().TrimEnd('.', ';');
        return !ExcerptPicker.IsTitleLike(text) && !text.Contains(':') && char.IsUpper(text[0]) && text.Skip(1).Any(char.IsLower);
    }

    /// <summary>
    /// Adds the option's excerpt to <paramref name="picks"/> unless it is a bare label or title, repeats or overlaps a quote
    /// already there, or its passage has <see cref="MaxExcerptsPerPassage"/> quotes; a lead-in of a quoted list item takes
    /// that item's place. Whether the excerpt was added.
    /// </summary>
    internal static bool TryAdd(List<(Candidate Candidate, ExcerptPicker.Pick Pick)> picks, ExcerptRanking.Option option, ParsedQuestion question, List<string> roleIds)
    {
        var pick = option.ToPick(question.Topic, roleIds);
        // A lead-in whose list holds a line quoted already ("B. If there is no ICLA on file, you need to submit one:" over
        // "Details of the ICLA are found through this link"): the lead-in, with its list, takes that line's place.
        var within = picks.FindIndex(p => Within(p, option.Candidate, pick));
        if (within >= 0 && LeadIn(option) && picks.Count(p => Overlaps(p, option.Candidate, pick)) == 1)
        {
            picks[within] = (option.Candidate, pick);
            return true;
        }

        if (picks.FindAll(p => p.Candidate.Passage.Ordinal == option.Candidate.Passage.Ordinal).Count >= MaxExcerptsPerPassage)
        {
            return false;
        }

        // A sentence just before a quoted one ("… identify the Incident Commander in #incident-response." before "The
        // Incident Commander is responsible for:"): quoted alone rather than grown into the quote already there.
        if (picks.Any(p => Overlaps(p, option.Candidate, pick)))
        {
            pick = option.ToPick(question.Topic, roleIds, grow: false);
        }

        var passage = option.Candidate.Passage;
        var words = Documents.TextCleanup.WordCount(pick.Excerpt.Text);
        if (words < MinExcerptWords - 1 || (words < MinExcerptWords && !IsShortStatement(pick.Excerpt.Text))
            || IsName(pick.Excerpt.Text, passage.DocumentTitle) || IsName(pick.Excerpt.Text, passage.Section)
            || picks.Any(p => p.Pick.Excerpt.Text == pick.Excerpt.Text || Overlaps(p, option.Candidate, pick)))
        {
            return false;                                        // a bare label or title, or the same words again
        }

        picks.Add((option.Candidate, pick));
        return true;
    }

    /// <summary>The option's sentence ends in ":", introducing what follows it.</summary>
    private static bool LeadIn(ExcerptRanking.Option option)
    {
        var range = option.Candidate.Analysis.Sentences[option.Sentence].Range;
        return option.Candidate.Passage.Text[range.End - 1] == ':';
    }

    /// <summary>The chosen quote lies wholly inside <paramref name="pick"/>, in the same passage.</summary>
    private static bool Within((Candidate Candidate, ExcerptPicker.Pick Pick) chosen, Candidate candidate, ExcerptPicker.Pick pick) =>
        chosen.Candidate.Passage.Ordinal == candidate.Passage.Ordinal
        && pick.Excerpt.Start <= chosen.Pick.Excerpt.Start
        && chosen.Pick.Excerpt.Start + chosen.Pick.Excerpt.Text.Length <= pick.Excerpt.Start + pick.Excerpt.Text.Length;

    /// <summary>An excerpt that only repeats the document's title or the section's heading says nothing.</summary>
    private static bool IsName(string excerpt, string name) =>
        string.Equals(excerpt.Trim().TrimEnd('.', ':'), name.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool Overlaps((Candidate Candidate, ExcerptPicker.Pick Pick) chosen, Candidate candidate, ExcerptPicker.Pick pick) =>
        chosen.Candidate.Passage.Ordinal == candidate.Passage.Ordinal
        && pick.Excerpt.Start < chosen.Pick.Excerpt.Start + chosen.Pick.Excerpt.Text.Length
        && chosen.Pick.Excerpt.Start < pick.Excerpt.Start + pick.Excerpt.Text.Length;
}
