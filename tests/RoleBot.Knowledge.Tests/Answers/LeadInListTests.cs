using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>Lists: an excerpt that ends in a lead-in ("you'll be expected to:") brings the list it introduces; a short item can be the answer.</summary>
public sealed class LeadInListTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_ExcerptEndingInALeadIn_BringsItsFirstListItems(bool semantic)
    {
        // The sentence that answers opens the line and is short, so the excerpt grows with the line's next sentence,
        // which is a lead-in: the list items after it are the substance.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("product-manager-ladder.md", """
            # Product manager ladder

            ## Product manager I

            A product manager I is embedded on one squad. At this level, you'll be expected to:
            - Work under the guidance of a more senior product manager
            - Run the squad's planning meetings with support

            ## Product manager II

            A product manager II leads a squad on their own and sets its quarterly goals.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("is a product manager I embedded on a squad?"));

        Assert.True(answer.Answered);
        var first = answer.Citations[0].Excerpt.Text;
        Assert.StartsWith("A product manager I is embedded", first, StringComparison.Ordinal);
        Assert.Contains("guidance of a more senior product manager", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ThreeWordListItemThatStatesADuty_IsQuoted()
    {
        // The answer is a list item of three words under "… are accountable for:"; labels of that length stay out.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-pm-em.md", """
            # Who does what

            ## Engineering managers (EMs) are accountable for:

            ### Hiring

            - Screen candidate applications
            - Run the hiring debrief with the panel

            ## Product managers (PMs) are accountable for:

            ### Roadmap

            - Publish the quarterly roadmap for the product area
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("who screens job applicants - EM or PM?"));

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.Contains("Screen candidate applications", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Citations, c => c.Excerpt.Text.Trim() == "Hiring");
    }

    [Fact]
    public void Rank_ListItemUnderALeadIn_RaisesTheLeadInThatQuotesIt()
    {
        // "6+ years of data analysis experience" alone does not say it is the senior bar; the lead-in quoted with its
        // items does, so the lead-in competes with the best of the items it brings.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-product-analyst.md", """
            # Product analyst

            ## Senior product analyst requirements

            Senior product analysts meet the base requirements, with the bar adjusted to:
            - 6+ years of data analysis experience with descriptive and predictive techniques
            - 4+ years of experience with usage metrics, A/B testing and retention analysis
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);
        var question = knowledge.Parser.Parse("how many yrs of experience does a senior product analyst need");
        var retriever = new RoleBot.Knowledge.Retrieval.Retriever(knowledge);
        var weights = retriever.Weights(question.Topic);
        var candidates = retriever.Retrieve(question.Topic, question.Roles.Select(r => r.Id).ToList(), weights: weights, semanticQuery: question.SemanticText);

        var options = ExcerptRanking.Rank(candidates, question.Topic, weights, question.Roles.Select(r => r.Id).ToList(), asksAmount: question.AsksAmount);
        var leadIn = options.Single(o => o.Candidate.Passage.Text[o.Candidate.Analysis.Sentences[o.Sentence].Range.Start..].StartsWith("Senior product analysts meet", StringComparison.Ordinal));

        Assert.Equal(options.Where(o => o.Candidate == leadIn.Candidate).Max(o => o.Score), leadIn.Score, 9);
        var quote = leadIn.ToPick(question.Topic, []).Excerpt.Text;
        Assert.Contains("6+ years", quote, StringComparison.Ordinal);
        Assert.Contains("4+ years", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SentenceJustBeforeAQuotedLeadIn_IsQuotedAlone()
    {
        // The lead-in wins and brings its list; the sentence before it, on the same line, grown to a full excerpt would
        // run into that quote and be dropped, though it says who names the commander and where.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-incident-response.md", """
            # Incident response at Zenith

            A reported problem is first looked at by the platform on-call. If it looks like an incident, they name an incident commander in the #incidents channel. The incident commander is responsible for:

            * Opening a tracking issue for the incident.
            * Classifying the incident's severity.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("at zenith what's the incident commander responsible for?"));

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.StartsWith("The incident commander is responsible for:", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Excerpt.Text == "If it looks like an incident, they name an incident commander in the #incidents channel.");
    }

    [Fact]
    public void TryAdd_LeadInOfAQuotedListItem_TakesTheItemsPlace()
    {
        // The item may be chosen first (equal scores, or a side's preferred line); its lead-in then says what the item
        // is for ("… you need to submit a CLA:"), and quoting both would repeat the item.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-committer-invite.txt", """
            Zenith committer invitation

            B. If there is no CLA on file yet, you need to submit a CLA:

                1. The CLA forms and the details of the CLA are found through this link: https://zenith.example/cla

                2. Send the signed form to the secretary of the foundation.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: false);
        var question = knowledge.Parser.Parse("where are the CLA forms for zenith committers?");
        var retriever = new RoleBot.Knowledge.Retrieval.Retriever(knowledge);
        var weights = retriever.Weights(question.Topic);
        var options = ExcerptRanking.Rank(retriever.Retrieve(question.Topic, [], weights: weights), question.Topic, weights, []);
        ExcerptRanking.Option Line(string start) =>
            options.Single(o => o.Candidate.Passage.Text[o.Candidate.Analysis.Sentences[o.Sentence].Range.Start..].StartsWith(start, StringComparison.Ordinal));
        var picks = new List<(RoleBot.Knowledge.Retrieval.Candidate Candidate, ExcerptPicker.Pick Pick)>();

        Assert.True(AnswerComposer.TryAdd(picks, Line("The CLA forms"), question, []));
        Assert.True(AnswerComposer.TryAdd(picks, Line("B. If there is no CLA"), question, []));

        var quote = Assert.Single(picks).Pick.Excerpt.Text;
        Assert.StartsWith("B. If there is no CLA on file yet, you need to submit a CLA:", quote, StringComparison.Ordinal);
        Assert.Contains("The CLA forms and the details", quote, StringComparison.Ordinal);
    }
}
