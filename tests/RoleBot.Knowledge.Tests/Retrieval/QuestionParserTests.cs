using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Tests.Retrieval;

public sealed class QuestionParserTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("does an MLE need Spark?", QuestionShape.YesNo)]
    [InlineData("should a data scientist know R?", QuestionShape.YesNo)]
    [InlineData("data scientist vs ML engineer", QuestionShape.Comparison)]
    [InlineData("what changes going from senior to staff?", QuestionShape.Comparison)]
    [InlineData("what changes from IC3 to IC4?", QuestionShape.Comparison)]
    [InlineData("how is a senior eng diff from a staff one?", QuestionShape.Comparison)]
    [InlineData("which pays better?", QuestionShape.WhichRole)]
    [InlineData("which one earns more", QuestionShape.WhichRole)]
    [InlineData("how do i get from the station to the office", QuestionShape.Open)]
    [InlineData("what do i need to go from reviewer to approver?", QuestionShape.Comparison)]
    [InlineData("how do i get from junior to senior?", QuestionShape.Comparison)]
    [InlineData("what is the difference between DS and MLE", QuestionShape.Comparison)]
    [InlineData("who builds feature pipelines?", QuestionShape.WhichRole)]
    [InlineData("what does a data scientist ML engineer do all day?", QuestionShape.Open)]     // one role named in two ("Product Manager - Consultant")
    [InlineData("which role does exploratory data analysis?", QuestionShape.WhichRole)]
    [InlineData("what is feature engineering?", QuestionShape.Open)]
    public void Parse_Question_ReadsItsShape(string question, QuestionShape shape) =>
        Assert.Equal(shape, fixture.Knowledge.Parser.Parse(question).Shape);

    [Theory]
    [InlineData("does an MLE need Spark?", "ml-engineer")]
    [InlineData("do ML engineers use Docker", "ml-engineer")]
    [InlineData("what does a machine learning engineer do", "ml-engineer")]
    [InlineData("is a PhD required for DS roles", "data-scientist")]
    [InlineData("do DSs have to know k8s?", "data-scientist")]          // the stemmer keeps "dss" whole
    [InlineData("is it a DS's job to clean data?", "data-scientist")]
    public void Parse_RoleWrittenAnyWay_FindsTheRole(string question, string roleId) =>
        Assert.Equal([roleId], fixture.Knowledge.Parser.Parse(question).Roles.Select(r => r.Id));

    [Theory]
    [InlineData("DS role, quick overview pls")]
    [InlineData("tl;dr of the data scientist role?")]
    [InlineData("give me the gist of the MLE job in a nutshell")]
    [InlineData("what does an MLE do, according to you?")]              // whose view, not what about
    public void Parse_AskingForAnOverview_LeavesNoTopic(string question) =>
        Assert.Empty(fixture.Knowledge.Parser.Parse(question).Topic);

    [Theory]
    [InlineData("how long til an inactive member gets removed", "long")]
    [InlineData("how often do we demo?", "often")]
    [InlineData("does the MLE need to be super technical or nah", "nah")]
    [InlineData("who's accountable for uptime, the MLE?", "who's")]
    [InlineData("wat r the duties of the ML engineer", "r")]
    [InlineData("new here, what's an ML engineer basically responsible for?", "new")]
    [InlineData("why do companies even care about MLEs?", "even")]
    [InlineData("where should i document it so it doesnt get lost", "so")]
    [InlineData("do MLEs still write code", "still")]
    [InlineData("do backend engs get put on call too", "too")]
    [InlineData("is it ok to approve a change that isnt perfect?", "ok")]
    [InlineData("which pays better?", "better")]
    [InlineData("can anyone become a k8s member", "anyone")]
    [InlineData("what happens if i miss a page", "happens")]
    [InlineData("is either gig well paid?", "either")]
    [InlineData("is either gig well paid?", "gig")]
    [InlineData("neither of these gigs sounds remote-friendly, right?", "gigs")]
    public void Parse_ChatFillerAndAmountWords_AreNotTopic(string question, string surface) =>
        Assert.DoesNotContain(fixture.Knowledge.Parser.Parse(question).Topic, t => string.Equals(t.Surface, surface, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("do tech leads handle the people side or just the tech?", true)]
    [InlineData("is people management part of the MLE job?", true)]
    [InlineData("is it worth hiring both kinds of people?", false)]
    [InlineData("which people are on call?", false)]
    [InlineData("people who deploy models, what do they use?", false)]
    public void Parse_People_IsTopicOnlyWhenItNamesAKindOfThing(string question, bool topic) =>
        Assert.Equal(topic, fixture.Knowledge.Parser.Parse(question).Topic.Any(t => t.Surface.Equals("people", StringComparison.OrdinalIgnoreCase)));

    [Theory]
    [InlineData("how does a data scientist differ from an ML engineer on tooling?", false)]
    [InlineData("is a DS different from an MLE on tooling?", false)]
    [InlineData("where does the MLE usually pull raw data from?", true)]
    public void Parse_From_IsTopicUnlessItJoinsTheSidesOfAComparison(string question, bool topic) =>
        Assert.Equal(topic, fixture.Knowledge.Parser.Parse(question).Topic.Any(t => t.Surface.Equals("from", StringComparison.OrdinalIgnoreCase)));

    [Theory]
    [InlineData("do MLEs do A/B testing?", "A/B testing")]
    [InlineData("do data scientists need CI/CD?", "CI/CD")]
    [InlineData("is kubernetes part of the MLE job?", "kubernetes")]
    [InlineData("which part of the pipeline does an MLE own?", "part pipeline own")]
    public void Parse_TopicText_ReadsAsWritten(string question, string topic) =>
        Assert.Equal(topic, fixture.Knowledge.Parser.Parse(question).TopicText);

    [Fact]
    public void Parse_FirstDay_KeepsDayAsTopic() =>
        Assert.Contains(fixture.Knowledge.Parser.Parse("what should i do on my first day as an MLE").Topic, t => t.Surface.Equals("day", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Parse_DayToDay_IsTheShapeOfAnOverview() =>
        Assert.Empty(fixture.Knowledge.Parser.Parse("what does an MLE do day to day?").Topic);

    [Theory]
    [InlineData("how long")]
    [InlineData("how\t\tlong?")]
    [InlineData("somehow long meetings happen")]
    [InlineData("long")]
    public void Parse_AmountWordAtAnyPosition_NeverThrows(string question) =>
        Assert.NotNull(fixture.Knowledge.Parser.Parse(question));

    [Fact]
    public void Parse_WordAfterHowThatIsNotAnAmount_StaysTopic() =>
        Assert.Contains(fixture.Knowledge.Parser.Parse("how tests are run for models").Topic, t => t.Surface.StartsWith("test", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("any example projects a DS works on?", "projects")]        // projects are not internships
    [InlineData("who ships large features?", "features")]                 // product features are not ML features
    [InlineData("how do they score applications?", "score")]              // not model scoring
    [InlineData("who covers the weekend on-call shift?", "shift")]        // not a career shift
    [InlineData("is the candidate a good fit?", "fit")]                   // not model fitting
    [InlineData("what does the internal liaison do?", "internal")]        // "intern" and "internal" share a stem
    public void Parse_EverydayWord_IsNotANarrowerConcept(string question, string word) =>
        Assert.DoesNotContain(fixture.Knowledge.Parser.Parse(question).Topic,
            t => t.Term.StartsWith('~') && t.Surface.Contains(word, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Parse_Google_IsTheCompanyNotGoogleCloud()
    {
        Assert.DoesNotContain(fixture.Knowledge.Parser.Parse("google code review - what do reviewers look for").Topic, t => t.Term == "~gcp");
        Assert.Contains(fixture.Knowledge.Parser.Parse("does an MLE use google cloud?").Topic, t => t.Term == "~gcp");
    }

    [Fact]
    public void Parse_StaffLevel_IsNotHiring()
    {
        // "staff" was a synonym of "hire": "senior vs staff eng" searched for recruiting.
        var parsed = fixture.Knowledge.Parser.Parse("what changes from senior to staff engineer?");

        Assert.Contains(parsed.Topic, t => t.Term == "staff");
        Assert.DoesNotContain(parsed.Topic, t => t.Term == "~hire");
    }

    [Fact]
    public void Parse_OneToOneWrittenAnyWay_SameConcept()
    {
        var chat = fixture.Knowledge.Parser.Parse("how often are 1:1s w my EM?").Topic.Select(t => t.Term);
        var spelled = fixture.Knowledge.Parser.Parse("how often are one-on-one meetings with my EM?").Topic.Select(t => t.Term);

        Assert.Contains(chat, t => t.StartsWith('~'));
        Assert.Equal(chat.Where(t => t.StartsWith('~')), spelled.Where(t => t.StartsWith('~')));
    }

    [Fact]
    public void Parse_Acronym_MatchesTheSameConceptAsTheFullName()
    {
        var shortForm = fixture.Knowledge.Parser.Parse("does an MLE need k8s?");
        var longForm = fixture.Knowledge.Parser.Parse("does a machine learning engineer need Kubernetes?");

        Assert.Equal(longForm.Topic.Select(t => t.Term), shortForm.Topic.Select(t => t.Term));
    }

    [Fact]
    public void Parse_DevelopVerb_IsNotTheDeveloperRole() =>
        Assert.Empty(fixture.Knowledge.Parser.Parse("how do teams develop models").Roles);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Validate_EmptyQuestion_GivesOneLineReason(string? question) =>
        Assert.Contains("empty", QuestionParser.Validate(question), StringComparison.Ordinal);

    [Fact]
    public void Validate_TenMegabyteQuestion_IsRefusedWithTheLimit()
    {
        var reason = QuestionParser.Validate(new string('a', 10 * 1024 * 1024));
        Assert.NotNull(reason);
        Assert.Contains("1,000", reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reason);
    }

    [Theory]
    [InlineData("whats a dupety in incident response", "deputy")]
    [InlineData("what does the sribce do", "scribe")]
    [InlineData("what does the scruba do", "scruba")]                  // two edits that are not the same letters: left alone
    public void Correct_LettersTypedOutOfOrder_TheKnownWordWithThoseLetters(string question, string expected)
    {
        var vocabulary = new Vocabulary();
        vocabulary.AddText("The deputy supports the incident commander. The scribe writes the timeline of the incident response.");
        Assert.Contains(expected, vocabulary.Seal().Correct(question).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who's workin on the pipelines", "working")]           // English, though the knowledge never says it
    [InlineData("are we shippin models weekly", "shipping")]
    [InlineData("what does the admin do", "admin")]                   // a word of its own, not a dropped g
    public void Correct_DroppedG_TheIngWord(string question, string expected)
    {
        var vocabulary = new Vocabulary();
        vocabulary.AddText("The admin keeps the pipelines healthy and the models fresh.");
        Assert.Matches($@"\b{expected}\b", vocabulary.Seal().Correct(question).Text);
    }

    [Theory]
    [InlineData("devops enginer at skylight - main respnsibilities?", "devops engineer at skylight - main responsibilities")]
    [InlineData("what does a machien lerning enginer do", "what does an ml engineer do")]
    public void Parse_RoleFoundOnPartOfItsName_NameNotRepeatedInTheMeaningText(string question, string semantic) =>
        Assert.Equal(semantic, fixture.Knowledge.Parser.Parse(question).SemanticText);

    [Fact]
    public void Parse_PronounContraction_IsNoTopicWord()
    {
        var topic = fixture.Knowledge.Parser.Parse("how many PRs do i need merged before we'd make me a committer?").Topic;

        Assert.DoesNotContain(topic, t => t.Surface is "we'd" or "me");
    }

    [Fact]
    public void Parse_OrganisationWrittenAsADomain_IsJoinedAsItsFilesWriteIt()
    {
        // "cal.com" where the file is calcom-ic-levels.md: one name, not "cal" and "com" as topic words.
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("zenio-ic-levels.md", "# IC levels\n\n## IC1\n\nJunior engineers build features with guidance.\n");
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic: false);

        var parsed = knowledge.Parser.Parse("what changes from IC1 to IC2 at zen.io?");

        Assert.Contains("zenio", parsed.Corrected, StringComparison.Ordinal);
        Assert.DoesNotContain(parsed.Topic, t => t.Surface is "zen" or "io");
    }

    [Fact]
    public void Parse_NegatedAuxiliaryAndFolks_AreNoTopicWords()
    {
        // "can't" had been the rarest topic word of "when folks can't agree on a change who decides?".
        var topic = fixture.Knowledge.Parser.Parse("when folks can't agree on a change who decides?").Topic;

        Assert.DoesNotContain(topic, t => t.Surface is "can't" or "folks");
        Assert.Contains(topic, t => t.Surface == "agree");
    }

    [Theory]
    [InlineData("who merges my PR?", "who merges my pull request?")]
    [InlineData("who runs standup?", "who runs the daily scrum?")]
    public void Parse_TeamPracticeShorthand_ReadsAsTheWordsHandbooksUse(string chat, string handbook)
    {
        // The shipped glossary's team-practice groups: "PRs" finds "a minimum of 10 qualifying pull requests".
        var a = fixture.Knowledge.Parser.Parse(chat).Topic.Select(t => t.Term).Where(t => t[0] == RoleBot.Knowledge.Index.Analysis.ConceptTokens.SynonymPrefix);
        var b = fixture.Knowledge.Parser.Parse(handbook).Topic.Select(t => t.Term).Where(t => t[0] == RoleBot.Knowledge.Index.Analysis.ConceptTokens.SynonymPrefix);

        Assert.NotEmpty(a);
        Assert.Equal(b, a);
    }

    [Fact]
    public void Parse_Py_IsPython()
    {
        var py = fixture.Knowledge.Parser.Parse("why does the MLE need py so much?").Topic;
        var python = fixture.Knowledge.Parser.Parse("why does the MLE need python?").Topic;

        Assert.Equal(Assert.Single(python).Term, Assert.Single(py).Term);
    }

    [Theory]
    [InlineData("EM1 vs EM2, what changes", "engineering manager 1 vs engineering manager 2, what changes")]
    [InlineData("what does an EM 2 do", "what does an engineering manager 2 do")]
    [InlineData("IC3 vs IC4 MLE", "IC3 vs IC4 MLE")]                   // IC is a level's name, not a role's
    [InlineData("how big is a team of 5", "how big is a team of 5")]
    public void Parse_RoleAcronymWithALevelNumber_IsWrittenOut(string question, string corrected) =>
        Assert.Equal(corrected, fixture.Knowledge.Parser.Parse(question).Corrected);

    [Fact]
    public void Parse_IcWithANumber_StaysALevelWhereIcIsAlsoARole()
    {
        // The incident pages define "Incident Commander (IC)"; the ladder's "IC 5" is still a level, not a commander.
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("zenith-incidents.md", "# Incidents\n\nThe Incident Commander (IC) leads the response and keeps the timeline.\n");
        folder.Write("zenith-ladder.md", "# Ladder\n\n## Senior Engineer (IC 5)\n\nOwns a system.\n\n## Staff Engineer (IC 6)\n\nSets direction for a department.\n");
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic: false);

        foreach (var question in new[] { "senior (IC5) vs staff (IC6) at zenith", "IC 5 vs IC 6", "what does an ic-6 do" })
        {
            var parsed = knowledge.Parser.Parse(question);
            Assert.DoesNotContain("commander", parsed.Corrected, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(parsed.Roles);
        }

        Assert.Contains(knowledge.Parser.Parse("what does the IC do").Roles, r => r.Name.Equals("Incident Commander", StringComparison.OrdinalIgnoreCase));
    }
}
