using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Tests.Retrieval;

public sealed class IdiomsTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("what's a mgr on the hook for?", "what's a mgr accountable for?")]
    [InlineData("if i scrub the key fast am i off the hook?", "if i scrub the key fast am i no longer accountable?")]
    [InlineData("can a TL bite off more tickets than they can chew?", "can a TL take on more tickets than they can handle?")]
    [InlineData("what if i bit off more than i could chew", "what if i take on too much")]
    [InlineData("when should oncall call it quits on a ticket?", "when should oncall stop on a ticket?")]
    [InlineData("who stops folks slapping band-aids on prod?", "who stops folks apply a temporary fix to prod?")]
    [InlineData("are bandaids ok for a sev2?", "are temporary fixes ok for a sev2?")]
    [InlineData("can we just wing it in an incident?", "can we just improvise without a process in an incident?")]
    [InlineData("how many sign-offs does a PR need?", "how many approvals does a PR need?")]
    [InlineData("who gets the last word on a pr?", "who makes the final decision on a pr?")]
    [InlineData("who decides when the maintainers are deadlocked?", "who decides when the maintainers cannot agree?")]
    [InlineData("who handles fires that kick off after hours?", "who handles incidents that start outside normal working hours?")]
    [InlineData("what's the deal with the secondary on-call?", "what about the secondary on-call?")]
    [InlineData("when things catch fire who's calling the shots?", "when there is an incident who makes the final decisions?")]
    [InlineData("who breaks the tie when maintainers disagree?", "who makes the final decision when maintainers disagree?")]
    [InlineData("who is the tie-breaker on the board?", "who is the final decision maker on the board?")]
    [InlineData("senior vs staff engineer, whats the shift?", "senior vs staff engineer, what is the difference?")]
    [InlineData("what's the jump from senior 1 to senior 2?", "what is the difference from senior 1 to senior 2?")]
    [InlineData("engineer II vs principal - big picture diff?", "engineer II vs principal - difference?")]
    [InlineData("once my PR gets the thumbs up who merges it?", "once my PR is approved who merges it?")]
    [InlineData("whats the point of a 1:1 with ur manager?", "what is the purpose of a 1:1 with ur manager?")]
    [InlineData("how long does a single on-call stint last?", "how long does a single on-call shift last?")]
    [InlineData("do devrels basically live out of a suitcase?", "do devrels basically travel a lot?")]
    [InlineData("who's on the hook for getting it out the door?", "who's accountable for getting it deployed?")]
    [InlineData("do SREs at segment have to carry the pager", "do SREs at segment have to be on call")]
    [InlineData("who is on pager duty this week?", "who is on call this week?")]
    [InlineData("does the pager app page twice?", "does the pager app page twice?")]                   // the pager itself: unchanged
    [InlineData("if cal.com falls over, am i expected to down tools and jump on it?", "if cal.com falls over, am i expected to drop whatever you are doing and jump on it?")]
    [InlineData("who flags when the team is running itself into the ground?", "who flags when the team is work at an unsustainable pace?")]
    [InlineData("how does someone get made a committer in opencast", "how does someone become a committer in opencast")]
    [InlineData("what got made in the last sprint?", "what got made in the last sprint?")]              // made things: unchanged
    [InlineData("is there a rough cap on how big a PR should be?", "is there a limit on how big a PR should be?")]
    [InlineData("do we wear a cap on site visits?", "do we wear a cap on site visits?")]       // the hat: unchanged
    [InlineData("during an outage where do we post what we've tried so far", "during an outage where do we post what we've tried")]
    [InlineData("how far out do staff engs plan?", "how far out do staff engs plan?")]         // the distance asked: unchanged
    [InlineData("how many sign-offs does a change need before it lands?", "how many approvals does a change need before it is merged?")]
    [InlineData("what lands you a staff role?", "what lands you a staff role?")]                 // not a change: unchanged
    [InlineData("new here - who am i supposed to lean on?", "new here - who am i supposed to ask for help from?")]
    [InlineData("what does a devrel at acme do all day?", "what does a devrel at acme do?")]
    [InlineData("what would our EM spend their time on?", "what would our EM do?")]
    [InlineData("what does an ML dev (their MLE-ish role) do?", "what does an ML dev (their MLE role) do?")]
    [InlineData("what if prod goes sideways at night?", "what if prod goes wrong at night?")]
    [InlineData("should i pull the fire alarm?", "should i escalate an incident?")]
    [InlineData("does the EM carry the can?", "does the EM take responsibility?")]
    [InlineData("out of my depth on an alert, tough it out solo?", "stuck and need help on an alert, handle it alone without help?")]
    [InlineData("pull the plug and back it out?", "stop and revert it?")]
    [InlineData("a VP starts throwing their weight around", "a VP starts try to take over command")]
    [InlineData("is it a gold star for grinding out PRs?", "is it a reward for produce many PRs?")]
    [InlineData("i'm swamped, can i say no?", "i'm too busy, can i decline?")]
    [InlineData("how do you tell if a PM is crushing it?", "how do you tell if a PM is doing well?")]
    [InlineData("am i allowed to say no thanks?", "am i allowed to decline?")]
    [InlineData("can i say no to on-call?", "can i decline to on-call?")]
    [InlineData("how long do i hang out with each team?", "how long do i spend time with each team?")]
    [InlineData("spinning up a rotation, when does a page bump to the next person?", "set up a rotation, when does a page escalate to the next person?")]
    [InlineData("what gets you bumped up a level?", "what gets you bumped up a level?")]
    [InlineData("is the alarm clock broken?", "is the alarm clock broken?")]                    // no idiom: unchanged
    [InlineData("do staff engs still get their hands dirty?", "do staff engs still do hands-on technical work?")]
    [InlineData("who cuts releases for express?", "who make releases for express?")]
    [InlineData("when do we cut the next release?", "when do we make the next release?")]
    [InlineData("should I cut costs on the cloud bill?", "should I cut costs on the cloud bill?")]   // literal cutting: unchanged
    [InlineData("who Calls The Shots on the roadmap", "who makes the final decisions on the roadmap")]
    [InlineData("is the MLE the one who keeps the lights on in prod?", "is the MLE the one who operate and maintain the systems reliably in prod?")]
    [InlineData("what if I'm in over my head", "what if I'm stuck and need help")]
    [InlineData("are internships a big deal for landing an MLE job?", "are internships important for landing an MLE job?")]
    [InlineData("if im in over my head on call should i pull someone else in?", "if im stuck and need help on call should i escalate to someone?")]
    [InlineData("how long does it take to ramp up?", "how long does it take to onboard?")]
    [InlineData("who's the go-to person for infra?", "who's the main contact for infra?")]
    [InlineData("when should I loop in the PM?", "when should I involve the PM?")]
    [InlineData("who posts to the status page mid-incident?", "who posts to the status page during the incident?")]
    [InlineData("is a mid-level eng on call?", "is a mid-level eng on call?")]
    [InlineData("who brings in new committers at apache?", "who adds new committers at apache?")]
    [InlineData("when do we bring on more reviewers?", "when do we add more reviewers?")]
    [InlineData("who pushes the model to prod, DS or MLE?", "who deploys the model to prod, DS or MLE?")]
    [InlineData("how do DS and MLE team up?", "how do DS and MLE collaborate?")]
    [InlineData("what does a data scientist do day to day", "what does a data scientist do daily")]
    [InlineData("should i still apply if i dont tick every requirement?", "should i still apply if i dont meet every requirement?")]
    [InlineData("where should i write stuff down so it doesnt get lost", "where should i document so it doesnt get lost")]
    [InlineData("what usually trips up MLEs at work?", "what usually challenge MLEs?")]
    [InlineData("what counts as toil around here", "what is toil")]
    [InlineData("so what qualifies as a sev1 round here?", "so what is a sev1?")]
    [InlineData("do we eat our own dogfood?", "do we use our own product?")]                  // one word or two
    [InlineData("do we eat our own dog food?", "do we use our own product?")]
    [InlineData("is dogfooding a thing here?", "is using our own product a thing here?")]
    [InlineData("i don't want to throw the baby out with the bathwater", "i don't want to lose what is valuable")]
    [InlineData("who is the point person for vendor escalations?", "who is the main contact for vendor escalations?")]
    [InlineData("can a tech lead wear two hats as EM too?", "can a tech lead hold more than one role as EM too?")]
    [InlineData("who will fill her shoes when the PM leaves?", "who will take over the role when the PM leaves?")]
    [InlineData("when does the incident commander take over the reins?", "when does the incident commander take charge?")]
    [InlineData("who is in the driver's seat for the migration?", "who is in charge for the migration?")]
    [InlineData("how do the powers that be pick the next staff engineer?", "how do leadership pick the next staff engineer?")]
    [InlineData("do the higher-ups approve headcount?", "do senior leadership approve headcount?")]
    [InlineData("as the one lowest on the totem pole, what do I own?", "as the one most junior, what do I own?")]
    [InlineData("when do I escalate up the chain?", "when do I escalate to higher management?")]
    [InlineData("how do we avoid a turf war between platform and SRE?", "how do we avoid a conflict over ownership between platform and SRE?")]
    [InlineData("do data scientists get a seat at the table in planning?", "do data scientists get a role in decisions in planning?")]
    [InlineData("who makes the call on a rollback?", "who make the decision on a rollback?")]
    [InlineData("is paging the secondary a judgment call?", "is paging the secondary a decision based on judgment?")]
    [InlineData("can a principal pull rank on the tech lead?", "can a principal overrule the tech lead?")]
    [InlineData("is it ok for a staff engineer to pull rank?", "is it ok for a staff engineer to use seniority to overrule others?")]
    [InlineData("is it ok to go over my manager's head?", "is it ok to escalate past my manager?")]
    [InlineData("how do I manage up as a new IC?", "how do I manage the relationship with their manager as a new IC?")]
    [InlineData("who holds the fort over the holidays?", "who keep things running while others are away over the holidays?")]
    [InlineData("who gives the green light to launch a model?", "who gives approval to launch a model?")]
    [InlineData("who green-lights new hires?", "who approves new hires?")]
    [InlineData("once the design is green-lit, who builds it?", "once the design is approved, who builds it?")]
    [InlineData("can an EM green-light a reorg?", "can an EM approve a reorg?")]
    [InlineData("is rubber-stamping PRs frowned upon?", "is approving without review PRs frowned upon?")]
    [InlineData("what if my PR gets rubber-stamped?", "what if my PR gets approved without review?")]
    [InlineData("what if the reviewer rubber-stamps everything?", "what if the reviewer approves without review everything?")]
    [InlineData("is the architecture review just a rubber stamp?", "is the architecture review just an approval without review?")]
    [InlineData("can maintainers rubber-stamp docs changes?", "can maintainers approve without review docs changes?")]
    [InlineData("what are the dealbreakers in a staff interview?", "what are the disqualifying issues in a staff interview?")]
    [InlineData("is no degree a deal-breaker for MLE roles?", "is no degree a disqualifying issue for MLE roles?")]
    [InlineData("what are red flags in a design review?", "what are warning signs in a design review?")]
    [InlineData("should juniors weigh in on architecture?", "should juniors give input on architecture?")]
    [InlineData("when does the CTO weigh in?", "when does the CTO give input?")]
    [InlineData("does the EM need to be on board with the design?", "does the EM need to be in agreement with the design?")]
    [InlineData("who should I run this by before merging?", "who should I check this with before merging?")]
    [InlineData("who can I bounce ideas off about career growth?", "who can I discuss ideas with about career growth?")]
    [InlineData("what happens when two maintainers butt heads?", "what happens when two maintainers disagree?")]
    [InlineData("what if I already have a full plate?", "what if I already have a heavy workload?")]
    [InlineData("what should be on my plate in week one?", "what should be in my workload in week one?")]
    [InlineData("how do I avoid spreading myself too thin as a new lead?", "how do I avoid take on too much work as a new lead?")]
    [InlineData("who helps when the SRE team is stretched thin?", "who helps when the SRE team is overloaded?")]
    [InlineData("what if I have no bandwidth for code review?", "what if I have no capacity for code review?")]
    [InlineData("who has the bandwidth to mentor interns?", "who has the capacity to mentor interns?")]
    [InlineData("is there crunch time before every release?", "is there deadline pressure before every release?")]
    [InlineData("is support staffed round the clock?", "is support staffed 24/7?")]
    [InlineData("am I on the clock while on-call at night?", "am I on duty while on-call at night?")]
    [InlineData("should I answer pages off the clock?", "should I answer pages off duty?")]
    [InlineData("is it all hands on deck during a sev1?", "is it everyone must help during a sev1?")]
    [InlineData("who covers with a skeleton crew over the holidays?", "who covers with minimal staffing over the holidays?")]
    [InlineData("what if I bit off more than I can chew on my first project?", "what if I take on too much on my first project?")]
    [InlineData("who does the heavy lifting on data pipelines?", "who does most of the work on data pipelines?")]
    [InlineData("do juniors get stuck with the grunt work?", "do juniors get stuck with the tedious routine work?")]
    [InlineData("who decides what goes on the back burner?", "who decides what goes on hold?")]
    [InlineData("who keeps stakeholders posted during an outage?", "who keep stakeholders informed during an outage?")]
    [InlineData("when should I loop back with the reviewer?", "when should I follow up with the reviewer?")]
    [InlineData("who approves a band-aid fix in prod?", "who approves a temporary fix in prod?")]
    [InlineData("who looks for the smoking gun in a postmortem?", "who looks for the clear cause in a postmortem?")]
    [InlineData("who digs into the root of the problem after an outage?", "who digs into the root cause after an outage?")]
    [InlineData("who gets to the bottom of a flaky alert?", "who find the root cause of a flaky alert?")]
    [InlineData("who do I call when it hits the fan?", "who do I call when things go badly wrong?")]
    [InlineData("how do postmortems avoid the blame game?", "how do postmortems avoid assigning blame?")]
    [InlineData("what if my lead throws me under the bus?", "what if my lead blame me?")]
    [InlineData("will I get thrown under the bus for an outage?", "will I be blamed for an outage?")]
    [InlineData("is finger-pointing allowed in incident reviews?", "is blaming allowed in incident reviews?")]
    [InlineData("who stops people pointing fingers at the on-call?", "who stops people blame the on-call?")]
    [InlineData("who gets the short straw on holiday on-call?", "who get the unwanted assignment on holiday on-call?")]
    [InlineData("do SREs work graveyard shifts?", "do SREs work overnight shifts?")]
    [InlineData("is onboarding here sink or swim?", "is onboarding here without support?")]
    [InlineData("how can a bootcamp grad get a foot in the door?", "how can a bootcamp grad get hired?")]
    [InlineData("what happens to my projects if I jump ship?", "what happens to my projects if I leave the company?")]
    [InlineData("why is the data team a revolving door?", "why is the data team high turnover?")]
    [InlineData("can a contractor be let go before the project ends?", "can a contractor be dismissed before the project ends?")]
    [InlineData("do headhunters hire for staff roles?", "do recruiters hire for staff roles?")]
    [InlineData("how do we headhunt senior MLEs?", "how do we recruit senior MLEs?")]
    [InlineData("can my mentor put in a good word for me?", "can my mentor recommend me?")]
    [InlineData("does it help if a staff engineer puts in a good word?", "does it help if a staff engineer give a recommendation?")]
    [InlineData("what if a recruiter ghosted me after the onsite?", "what if a recruiter ignored me after the onsite?")]
    [InlineData("is QA a dead-end role here?", "is QA a role without career growth here?")]
    [InlineData("is there a glass ceiling for ICs?", "is there a barrier to promotion for ICs?")]
    [InlineData("how fast can a junior rise through the ranks?", "how fast can a junior get promoted?")]
    [InlineData("do I need to manage people to climb the corporate ladder?", "do I need to manage people to get promoted?")]
    [InlineData("what do I need for the next rung?", "what do I need for the next level?")]
    [InlineData("how do I level up to senior?", "how do I advance to senior?")]
    [InlineData("how far does the IC track go?", "how far does the individual contributor track go?")]
    [InlineData("do we hire 10x engineers?", "do we hire highly productive engineers?")]
    [InlineData("how do juniors punch above their weight?", "how do juniors perform above their level?")]
    [InlineData("what if I got passed over for promotion twice?", "what if I got overlooked for promotion twice?")]
    [InlineData("do I need to toot my own horn for promotion?", "do I need to highlight their own achievements for promotion?")]
    [InlineData("how do engineers get kudos for glue work?", "how do engineers get recognition for glue work?")]
    [InlineData("does going the extra mile count at review time?", "does do more than required count at review time?")]
    [InlineData("do you need to go above and beyond to get to staff?", "do you need to exceed expectations to get to staff?")]
    [InlineData("what if a teammate doesn't pull their weight?", "what if a teammate doesn't do a fair share of the work?")]
    [InlineData("what do newbies do in their first week?", "what do newcomers do in their first week?")]
    [InlineData("who knows the ropes on the billing system?", "who know how things work on the billing system?")]
    [InlineData("who shows new hires the ropes?", "who shows new hires how things work?")]
    [InlineData("will a senior take me under their wing?", "will a senior mentor me?")]
    [InlineData("who can be a sounding board for a new manager?", "who can be someone to discuss ideas with for a new manager?")]
    [InlineData("do juniors learn code review by osmosis?", "do juniors learn code review by observing others?")]
    [InlineData("how can I get my feet wet with on-call?", "how can I gain initial experience with on-call?")]
    [InlineData("will I be thrown in the deep end on day one?", "will I be given difficult work right away on day one?")]
    [InlineData("what should I brush up on before joining as a DS?", "what should I refresh knowledge of before joining as a DS?")]
    [InlineData("what do new SREs usually learn the hard way?", "what do new SREs usually learn from mistakes?")]
    [InlineData("can I pick the architect's brain about scaling?", "can I ask the architect for advice about scaling?")]
    [InlineData("is it ok to pick their brains about promotion?", "is it ok to ask for advice about promotion?")]
    [InlineData("who holds the tribal knowledge about billing?", "who holds the undocumented team knowledge about billing?")]
    [InlineData("how does a maintainer pass the torch?", "how does a maintainer hand over responsibility?")]
    [InlineData("who explains the ins and outs of on-call?", "who explains the details of on-call?")]
    [InlineData("how do I get the lay of the land in my first week?", "how do I get an overview in my first week?")]
    [InlineData("how often should I sync up with my manager?", "how often should I meet with my manager?")]
    [InlineData("how often do the EM and PM sync up?", "how often do the EM and PM meet?")]
    [InlineData("when should reviewers take it offline?", "when should reviewers discuss it separately?")]
    [InlineData("should I hop on a call with the reviewer?", "should I join a call with the reviewer?")]
    [InlineData("how do remote teams replace water cooler chats?", "how do remote teams replace informal conversation?")]
    [InlineData("does my manager sugarcoat feedback?", "does my manager soften feedback?")]
    [InlineData("will my design doc get torn apart?", "will my design doc get harshly criticized?")]
    [InlineData("what if reviewers tear my PR apart?", "what if reviewers criticize my PR heavily?")]
    [InlineData("how much red tape is there to get prod access?", "how much bureaucracy is there to get prod access?")]
    [InlineData("what should be on my radar as a new SRE?", "what should be a priority as a new SRE?")]
    [InlineData("can small wins fly under the radar at review time?", "can small wins go unnoticed at review time?")]
    [InlineData("how do maintainers stop bikeshedding in reviews?", "how do maintainers stop debating trivial details in reviews?")]
    [InlineData("how much yak shaving is normal for a new hire?", "how much working on tangential prerequisite tasks is normal for a new hire?")]
    [InlineData("how do I avoid boiling the ocean on my first project?", "how do I avoid try to do too much at once on my first project?")]
    [InlineData("what if I go down a rabbit hole during an incident?", "what if I get sidetracked during an incident?")]
    [InlineData("is the perf work a rabbit hole?", "is the perf work a tangent?")]
    [InlineData("who decides when to ship it?", "who decides when to release it?")]
    [InlineData("how do maintainers handle drive-by PRs?", "how do maintainers handle one-off PRs?")]
    [InlineData("when do I need a second pair of eyes on a migration?", "when do I need another reviewer on a migration?")]
    [InlineData("how do I get eyes on my PR faster?", "how do I get a review of my PR faster?")]
    [InlineData("what if a reviewer sits on my PR for a week?", "what if a reviewer delay my PR for a week?")]
    [InlineData("who owns the long pole in the tent for the launch?", "who owns the main bottleneck for the launch?")]
    [InlineData("how do maintainers handle cookie-licking on issues?", "how do maintainers handle claiming tasks without doing them on issues?")]
    [InlineData("who gets the keys to the kingdom on day one?", "who gets full administrative access on day one?")]
    public void Rewrite_Idiom_PlainWords(string question, string plain) => Assert.Equal(plain, Idioms.Rewrite(question));

    [Theory]
    [InlineData("does an MLE need Spark?")]
    [InlineData("who owns the hooks in the webhook service?")]   // "hook" alone is not the idiom
    [InlineData("what does a data scientist do on their first day")]
    [InlineData("what's the big data stack?")]                   // "big" without "deal"
    [InlineData("can an EM fire someone?")]                      // the verb, not urgent breakages
    [InlineData("who writes the loop in the pipeline?")]         // "loop" without "in the loop"
    [InlineData("how do DS and MLE work together?")]
    [InlineData("should I push back on the PM?")]
    [InlineData("what happens at work experience week?")]        // "at work" not closing the question
    [InlineData("who hangs around here after the standup?")]      // "around here" not closing the question
    [InlineData("What bandwidth limits apply to the data pipeline?")]
    [InlineData("Does the on-call engineer make the call to the vendor?")]
    [InlineData("What is one level up from senior?")]
    [InlineData("Is the IC role rotated during a major incident?")]
    [InlineData("Who manages up to five engineers?")]
    [InlineData("Does the nightly job sync up the replicas with the primary?")]
    [InlineData("How do data scientists crunch time series data?")]
    [InlineData("How are on-call shifts passed over to the next engineer?")]
    [InlineData("What does the green light on the build dashboard mean?")]
    [InlineData("Can I run it by hand if the scheduler fails?")]
    [InlineData("Who refills the water cooler on the third floor?")]
    [InlineData("What happens when I come on board with the data team?")]
    [InlineData("Do we loop back to triage after the fix?")]
    [InlineData("How do I sync up with upstream before opening a PR?")]
    [InlineData("Who owns the values at the helm chart level?")]
    [InlineData("Is the pager passed over at 9am on Monday?")]
    [InlineData("Who owns the ship-it checklist?")]
    [InlineData("Did the idea catch fire with our users?")]       // a product taking off, not an incident
    [InlineData("Who owns the tie-in with the finance system?")]
    [InlineData("What's the shift pattern for on-call?")]           // a rota, not a difference
    [InlineData("What's the gap analysis template?")]
    [InlineData("Can we lean on the platform team for the cluster upgrade?")]   // relying on a team for a task
    [InlineData("What's the point of contact for security issues?")]
    public void Rewrite_NoIdiom_Unchanged(string question) => Assert.Equal(question, Idioms.Rewrite(question));

    [Fact]
    public void Ask_IdiomForAHandsOnQuestion_FindsTheHandsOnWording()
    {
        var parsed = fixture.Knowledge.Parser.Parse("do MLEs get their hands dirty with production code?");

        Assert.Contains(parsed.Topic, t => t.Surface.Equals("hands-on", StringComparison.OrdinalIgnoreCase) || t.Surface.Equals("technical", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(parsed.Topic, t => t.Surface.Equals("dirty", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Ask_OnTheHookFor_FindsTheLineThatSaysResponsible()
    {
        // "on the hook for" reads "accountable for"; the glossary makes it one word with "responsible", as documents write it.
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("release-roles.md", """
            # Release roles

            ## Nightly build

            The nightly build runs on the shared runners and posts its results in the team channel.

            ## Release captain

            The release captain is responsible for the nightly build during the release week.
            """);
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic: false);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("who's on the hook for the nightly build?"));

        Assert.Contains("responsible for the nightly build", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"(?:the )?fires(?= that)", new[] { "fires" })]                       // everyday words decide nothing
    [InlineData(@"(?:have|has|had) the final say", new[] { "final", "say" })]
    [InlineData(@"\bgo-?to (?<who>person|guy)", new[] { "person", "guy" })]           // escapes and group names are no words
    [InlineData(@"(?:the|and) (?:for|you)", new[] { "the", "and", "for", "you" })]   // only everyday words: all of them
    public void Triggers_TheWordsAMatchMustHold(string pattern, string[] expected) => Assert.Equal(expected, Idioms.Triggers(pattern));
}
